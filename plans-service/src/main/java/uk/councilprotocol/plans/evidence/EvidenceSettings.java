package uk.councilprotocol.plans.evidence;

import io.micronaut.context.annotation.ConfigurationProperties;

/** Where the services that supply live figures answer over gRPC. */
@ConfigurationProperties("evidence")
public class EvidenceSettings {
    private String trainingTarget = "localhost:9081";
    private String enquiriesTarget = "localhost:9083";
    private boolean tls;

    public String getTrainingTarget() {
        return trainingTarget;
    }

    public void setTrainingTarget(String trainingTarget) {
        this.trainingTarget = trainingTarget;
    }

    public String getEnquiriesTarget() {
        return enquiriesTarget;
    }

    public void setEnquiriesTarget(String enquiriesTarget) {
        this.enquiriesTarget = enquiriesTarget;
    }

    public boolean isTls() {
        return tls;
    }

    public void setTls(boolean tls) {
        this.tls = tls;
    }
}
