package uk.councilprotocol.deploy;

import java.util.List;

/** A service the platform runs: its module, main class and database schema (= its role), if it keeps data. */
public record ServiceSpec(String name, String module, String mainClass, boolean ownsSchema) {

    public static final ServiceSpec TRAINING = new ServiceSpec("training", "training-service",
            "uk.councilprotocol.training.TrainingApplication", true);
    public static final ServiceSpec NOTIFICATIONS = new ServiceSpec("notifications", "notifications-service",
            "uk.councilprotocol.notifications.NotificationsApplication", true);
    public static final ServiceSpec ENQUIRIES = new ServiceSpec("enquiries", "enquiries-service",
            "uk.councilprotocol.enquiries.EnquiriesApplication", true);
    public static final ServiceSpec PLANS = new ServiceSpec("plans", "plans-service",
            "uk.councilprotocol.plans.PlansApplication", true);
    /** The web console: pages over the four services; it owns no data. */
    public static final ServiceSpec CONSOLE = new ServiceSpec("console", "web-console",
            "uk.councilprotocol.console.ConsoleApplication", false);

    public static final List<ServiceSpec> ALL = List.of(TRAINING, NOTIFICATIONS, ENQUIRIES, PLANS, CONSOLE);
}
