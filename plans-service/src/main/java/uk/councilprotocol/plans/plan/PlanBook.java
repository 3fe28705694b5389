package uk.councilprotocol.plans.plan;

import jakarta.inject.Singleton;
import uk.councilprotocol.platform.errors.InvalidInputException;
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

    /** A plan or action id as given by a caller: a UUID, or a clear error naming the field. */
    public static UUID id(String field, String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "must be an id such as 3f2b6c1e-8a4d-4e8f-9b1a-2c3d4e5f6a7b");
        }
    }
}
