package io.pbm.rules.review;

import io.pbm.core.goal.Comparison;
import io.pbm.core.goal.Indicator;
import io.pbm.core.goal.IndicatorValue;
import io.pbm.core.goal.MeasureUnit;
import io.pbm.core.goal.ParentTransfer;
import io.pbm.rules.explain.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * R-GOAL-6 (seed 002): goals split down from a higher-level transfer match (匹配) it. The children of a
 * transfer are the projects of a batch that name its id; the parent's targets are those given with the
 * first child (a child given other targets is a problem of its own). For each target of the parent, by
 * indicator name: a rate ({@code %}, the parent's unit or a child's) — each child's target at least as
 * demanding; a count or an amount — the children's targets together at least the parent's (at most, for
 * a lower-is-better limit). Every comparison is exact. See {@link GoalReview}.
 */
final class TransferMatch {

    private TransferMatch() {}

    /** Checks every transfer of the batch, adding problems and trace steps to its children's drafts. */
    static void check(List<GoalReview.Draft> drafts) {
        Map<String, List<GoalReview.Draft>> transfers = new LinkedHashMap<>();
        for (GoalReview.Draft draft : drafts) {
            draft.project.transfer().ifPresent(t -> transfers.computeIfAbsent(t.id(), id -> new ArrayList<>()).add(draft));
        }
        transfers.forEach(TransferMatch::match);
    }

    /** Where a child plans one of the parent's indicators. */
    private record Place(GoalReview.Draft child, int index, @Nullable Indicator indicator) {

        static Place of(GoalReview.Draft child, String name) {
            List<Indicator> indicators = child.project.goal().indicators();
            for (int i = 0; i < indicators.size(); i++) {
                if (indicators.get(i).name().equals(name)) {
                    return new Place(child, i, indicators.get(i));
                }
            }
            return new Place(child, -1, null);
        }

        String path(String field) {
            return indicator == null ? "/indicators" : "/indicators/" + index + "/" + field;
        }

        BigDecimal number() {
            return java.util.Objects.requireNonNull(indicator).target().number().orElseThrow();
        }
    }

    private static void match(String id, List<GoalReview.Draft> children) {
        GoalReview.Draft first = children.get(0);
        ParentTransfer parent = first.project.transfer().orElseThrow();
        for (GoalReview.Draft child : children.subList(1, children.size())) {
            if (!child.project.transfer().orElseThrow().targets().equals(parent.targets())) {
                child.problem("/transfer/targets", Message.of("R-GOAL-6.targets", id, first.project.id()));
            }
        }
        parent.targets().forEach((name, target) -> {
            List<Place> places = new ArrayList<>(children.size());
            children.forEach(child -> places.add(Place.of(child, name)));
            if (target.isQualitative()) {
                children.forEach(child -> child.step(name, "—", Message.of("R-GOAL-6.qualitative", name, id, target)));
                return;
            }
            Comparison direction = target.comparison().orElse(places.stream().map(Place::indicator)
                    .filter(i -> i != null && i.isQuantitative()).map(Indicator::comparison).findFirst()
                    .orElse(Comparison.AT_LEAST));
            boolean rate = target.unit().isPercent() || places.stream().anyMatch(p -> p.indicator() != null
                    && p.indicator().isQuantitative() && p.indicator().unit().isPercent());
            List<Place> comparable = comparable(id, name, target, direction, rate, places);
            if (rate) {
                rates(id, name, target, direction, comparable);
            } else {
                sum(id, name, target, direction, places, comparable);
            }
        });
    }

    /** The children whose indicator can be compared with the parent's target; the others get a problem. */
    private static List<Place> comparable(String id, String name, IndicatorValue target, Comparison direction,
            boolean rate, List<Place> places) {
        List<Place> comparable = new ArrayList<>(places.size());
        for (Place place : places) {
            Indicator indicator = place.indicator();
            GoalReview.Draft child = place.child();
            if (!child.hasGoal()) {
                continue;
            }
            if (indicator == null || !indicator.isQuantitative()) {
                if (rate) {
                    child.problem(place.path("target"), Message.of("R-GOAL-6.missing", name, id, target));
                }
            } else if (!sameUnit(indicator.unit(), target.unit())) {
                child.problem(place.path("unit"), Message.of("R-GOAL-6.unit", name, indicator.unit(), id, target.unit()));
            } else if (indicator.comparison().isLowerBetter() != direction.isLowerBetter()) {
                child.problem(place.path("comparison"), Message.of("R-GOAL-6.direction", name, indicator.comparison(),
                        direction, id));
            } else {
                comparable.add(place);
            }
        }
        return comparable;
    }

    private static boolean sameUnit(MeasureUnit child, MeasureUnit parent) {
        return child.isNone() || parent.isNone() || child.equals(parent);
    }

    /** A rate: each child's target at least as demanding as the parent's (≥: child ≥ parent; ≤: child ≤ parent). */
    private static void rates(String id, String name, IndicatorValue target, Comparison direction,
            List<Place> comparable) {
        BigDecimal wanted = target.number().orElseThrow();
        for (Place place : comparable) {
            BigDecimal planned = place.number();
            int order = planned.compareTo(wanted);
            boolean weaker = direction.isLowerBetter() ? order > 0 : order < 0;
            Message message = Message.of(weaker ? "R-GOAL-6.rate.weaker" : "R-GOAL-6.rate.met", name,
                    place.indicator().target(), id, target);
            place.child().step(name, weaker ? "weaker" : "met", message);
            if (weaker) {
                place.child().problem(place.path("target"), message);
            }
        }
    }

    /** A count or an amount: the children's targets together at least the parent's (at most, for a limit). */
    private static void sum(String id, String name, IndicatorValue target, Comparison direction, List<Place> places,
            List<Place> comparable) {
        BigDecimal wanted = target.number().orElseThrow();
        BigDecimal planned = BigDecimal.ZERO;
        for (Place place : comparable) {
            planned = planned.add(place.number());
        }
        int order = planned.compareTo(wanted);
        boolean lower = direction.isLowerBetter();
        boolean fails = lower ? order > 0 : order < 0;
        String key = !fails ? "R-GOAL-6.sum.met" : lower ? "R-GOAL-6.sum.over" : "R-GOAL-6.sum.short";
        Message message = Message.of(key, name, places.size(), id, planned.toPlainString(), target);
        for (Place place : places) {
            place.child().step(name, planned.toPlainString(), message);
            if (fails && place.child().hasGoal()) {
                place.child().problem(place.path("target"), message);
            }
        }
    }
}
