package jp.kenpo.faq.channel.agent;

import io.smallrye.config.ConfigMapping;

/** The agent console ({@code kenpo.agent.*}). */
@ConfigMapping(prefix = "kenpo.agent")
public interface AgentConfig {

    /** Where {@code /agent} sends a visitor who is not logged in: the built-in login page by default. */
    String loginPath();
}
