package uk.councilprotocol.plans.plan;

import jakarta.inject.Singleton;
import uk.councilprotocol.platform.errors.NotFoundException;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Finds plans: the list, one by id, and ids as callers give them. (A plan whole with its actions: tree/PlanTrees.) */
@Singleton
public class PlanBook {
    private final PlanRepositories.Plans plans;

    public PlanBook(PlanRepositories.Plans plans) {
        this.plans = plans;
    }

    public List<Plan> all() {
        return plans.findAll().stream().sorted(Comparator.comparing(Plan::createdAt)).toList();
    }

    public Plan plan(UUID id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("plan", id.toString()));
    }
}
