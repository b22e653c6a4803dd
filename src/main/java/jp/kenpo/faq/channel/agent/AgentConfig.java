package jp.kenpo.faq.channel.agent;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Pattern;

/** The agent console ({@code kenpo.agent.*}). */
@ConfigMapping(prefix = "kenpo.agent")
public interface AgentConfig {

    /** Where {@code /agent} sends a visitor who is not logged in: the built-in login page by default. */
    @Pattern(regexp = "/\\S*", message = "must be a path on this service, starting with /")
    String loginPath();
}
