package jp.kenpo.faq.channel.agent;

import io.smallrye.config.ConfigMapping;

/** The agent console ({@code kenpo.agent.*}). */
@ConfigMapping(prefix = "kenpo.agent")
public interface AgentConfig {

    /**
     * Where {@code /agent} sends a visitor who is not logged in: the built-in login page for the embedded
     * users, or {@code /agent/sign-in} under OIDC (which starts the identity provider's login).
     */
    String loginPath();
}
