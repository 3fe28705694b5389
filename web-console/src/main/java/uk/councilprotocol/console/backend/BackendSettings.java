package uk.councilprotocol.console.backend;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Where the four services answer over gRPC. */
@ConfigurationProperties("backends")
public class BackendSettings {
    private String training = "localhost:9081";
    private String notifications = "localhost:9082";
    private String enquiries = "localhost:9083";
    private String plans = "localhost:9084";
    private boolean tls;

    public String getTraining() {
        return training;
    }

    public void setTraining(String training) {
        this.training = training;
    }

    public String getNotifications() {
        return notifications;
    }

    public void setNotifications(String notifications) {
        this.notifications = notifications;
    }

    public String getEnquiries() {
        return enquiries;
    }

    public void setEnquiries(String enquiries) {
        this.enquiries = enquiries;
    }

    public String getPlans() {
        return plans;
    }

    public void setPlans(String plans) {
        this.plans = plans;
    }

    public boolean isTls() {
        return tls;
    }

    public void setTls(boolean tls) {
        this.tls = tls;
    }
}
