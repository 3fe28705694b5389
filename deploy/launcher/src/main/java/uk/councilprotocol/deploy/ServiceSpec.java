package uk.councilprotocol.deploy;

import java.util.List;

/** A service the platform runs: its module, main class and database schema (= its role). */
public record ServiceSpec(String name, String module, String mainClass) {

    public static final ServiceSpec TRAINING = new ServiceSpec("training", "training-service",
            "uk.councilprotocol.training.TrainingApplication");
    public static final ServiceSpec NOTIFICATIONS = new ServiceSpec("notifications", "notifications-service",
            "uk.councilprotocol.notifications.NotificationsApplication");
    public static final ServiceSpec ENQUIRIES = new ServiceSpec("enquiries", "enquiries-service",
            "uk.councilprotocol.enquiries.EnquiriesApplication");
    public static final ServiceSpec PLANS = new ServiceSpec("plans", "plans-service",
            "uk.councilprotocol.plans.PlansApplication");

    public static final List<ServiceSpec> ALL = List.of(TRAINING, NOTIFICATIONS, ENQUIRIES, PLANS);
}
