package uk.councilprotocol.console.signin;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Where the console signs people in (the council's OIDC provider) and the address it is reached at. */
@ConfigurationProperties("console")
public class ConsoleSettings {
    private String issuerUrl = "http://localhost:8090";
    private String clientId = "web-console";
    private String clientSecret = "";
    private String publicUrl = "http://localhost:8085";
    private boolean secureCookies;

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

    public String callbackUrl() {
        return publicUrl + "/auth/callback";
    }
}
