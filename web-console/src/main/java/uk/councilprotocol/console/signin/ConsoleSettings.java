package uk.councilprotocol.console.signin;

import java.util.HashMap;
import java.util.Map;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Where the console signs people in (the council's OIDC provider) and the address it is reached at. */
@ConfigurationProperties("console")
public class ConsoleSettings {
    /** The council's provider as Micronaut Security's OAuth 2.0 client knows it (micronaut.security.oauth2.clients.council). */
    public static final String PROVIDER = "council";
    /** Where the provider sends the browser back ({@code micronaut.security.oauth2.callback-uri}, then the provider's name). */
    public static final String CALLBACK_PATH = "/oauth/callback";
    private String issuerUrl = "http://localhost:8090";
    private String clientId = "web-console";
    private String clientSecret = "";
    private String publicUrl = "http://localhost:8085";
    private boolean secureCookies;
    private Map<String, String> councilNames = new HashMap<>();
    private String defaultCouncil = "default";

    public String getIssuerUrl() {
        return issuerUrl;
    }

    public void setIssuerUrl(String issuerUrl) {
        this.issuerUrl = issuerUrl;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    public boolean isSecureCookies() {
        return secureCookies;
    }

    public void setSecureCookies(boolean secureCookies) {
        this.secureCookies = secureCookies;
    }

    /** Each council's name as the header shows it, by the council claim of a person's token. */
    public Map<String, String> getCouncilNames() {
        return councilNames;
    }

    public void setCouncilNames(Map<String, String> councilNames) {
        this.councilNames = councilNames;
    }

    public String getDefaultCouncil() {
        return defaultCouncil;
    }

    public void setDefaultCouncil(String defaultCouncil) {
        this.defaultCouncil = defaultCouncil;
    }

    /**
     * The name of the council a token's claim names (blank: the default council), else its id; "" for a
     * single-council deployment that has named none, so its header stays as it was.
     */
    public String councilName(String council) {
        String id = council == null || council.isBlank() ? defaultCouncil : council;
        return councilNames.getOrDefault(id, "default".equals(id) ? "" : id);
    }
}
