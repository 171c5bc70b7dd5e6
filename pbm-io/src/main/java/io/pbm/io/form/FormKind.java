package io.pbm.io.form;

/**
 * The national forms pbm reads and writes as blank templates.
 */
public enum FormKind {
    /** 项目支出绩效自评表: the budget block, then the indicators with their actuals and scores. */
    SELF_EVALUATION("项目支出绩效自评表"),
    /** 项目支出绩效目标申报表: the year's funds, the overall goal and the indicators with their targets. */
    GOAL("项目支出绩效目标申报表");

    private final String title;

    FormKind(String title) {
        this.title = title;
    }

    /**
     * The form's title as it stands above the table.
     *
     * @return such as {@code 项目支出绩效自评表}
     */
    public String title() {
        return title;
    }
}
