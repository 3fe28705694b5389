package uk.councilprotocol.platform.tenancy;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.List;

/**
 * Which councils this deployment serves. A single-council deployment sets nothing: every request, event and job
 * acts for {@code default-council}. A shared deployment lists its councils; a token or event naming any other is
 * refused.
 */
@ConfigurationProperties("platform.tenancy")
public class TenancySettings {
    private String defaultCouncil = "default";
    private List<String> councils = List.of();

    public String getDefaultCouncil() {
        return defaultCouncil;
    }

    public void setDefaultCouncil(String defaultCouncil) {
        this.defaultCouncil = defaultCouncil;
    }

    /** The councils served; empty means only the default one. */
    public List<String> getCouncils() {
        return councils.isEmpty() ? List.of(defaultCouncil) : councils;
    }

    public void setCouncils(List<String> councils) {
        this.councils = List.copyOf(councils);
    }
}
