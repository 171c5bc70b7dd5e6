package io.pbm.core.goal;

import java.util.List;

/**
 * The goal of the input example in json-contract.md ("农产品园区排水管网工程"), built the way a reader
 * builds it: comparison, unit and target as separate fields. Shared by the tests of other packages.
 */
public final class JsonContractExample {

    private JsonContractExample() {}

    /**
     * The five indicators, in table order.
     *
     * @return the indicators
     */
    public static List<Indicator> indicators() {
        return List.of(
                indicator("新建排水管网长度", Level1.OUTPUT, Level2.QUANTITY, ">=", "公里", "12", 30),
                indicator("管网验收合格率", Level1.OUTPUT, Level2.QUALITY, ">=", "%", "100", 10),
                indicator("按期完工率", Level1.OUTPUT, Level2.TIMELINESS, ">=", "%", "95", 10),
                indicator("排涝能力提升", Level1.BENEFIT, Level2.SOCIAL, "qualitative", null, "明显提升", 30),
                indicator("群众满意度", Level1.SATISFACTION, Level2.SERVICE_RECIPIENT, ">=", "%", "90", 10));
    }

    /**
     * The goal with the overall text and the five indicators.
     *
     * @return the goal
     */
    public static Goal goal() {
        return Goal.builder().text("完成园区排水管网建设，提升排涝能力").indicators(indicators()).build();
    }

    private static Indicator indicator(String name, Level1 level1, Level2 level2, String comparison, String unit,
            String target, int weight) {
        Indicator.Builder builder = Indicator.builder()
                .name(name)
                .level1(level1)
                .level2(level2)
                .comparison(Comparison.parse(comparison))
                .target(IndicatorValue.parse(target))
                .weight(Weight.of(weight));
        if (unit != null) {
            builder.unit(MeasureUnit.of(unit));
        }
        return builder.build();
    }
}
