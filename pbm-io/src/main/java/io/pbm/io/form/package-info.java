/**
 * The national Excel forms (.xlsx): reading filled-in 项目支出绩效自评表 (self-evaluation tables) and
 * 项目支出绩效目标申报表 (goal tables) into projects, and writing blank ones.
 *
 * <pre>{@code
 * ProjectDocument document = FormReader.of().read(Path.of("2023自评表.xlsx"),
 *         FormDefaults.NONE.withFundCategory(FundCategory.GENERAL_PUBLIC).withIds(FormDefaults.Ids.FILE_AND_SHEET));
 * BatchResult batch = Pbm.evaluateAll(document.projects(), Presets.MOF_2020);   // or Pbm.audit(…)
 * document.rejected();                   // every sheet that could not be read, with all its problems:
 *                                        // 自评表!F12  decimal.grammar  …
 * try (OutputStream out = Files.newOutputStream(Path.of("自评表.xlsx"))) {
 *     FormTemplate.write(FormKind.SELF_EVALUATION, out);                       // a blank form to fill in
 * }
 * }</pre>
 *
 * <h2>What is read</h2>
 * A workbook holds one project a sheet, or many. Each sheet that looks like a form — it has a 三级指标
 * header, or a title with 自评表 / 申报表 / 绩效目标表 — is one record of the {@code ProjectDocument}, in
 * workbook order: a project, or a rejection listing <em>all</em> its problems, each located at its cell
 * ({@code 自评表!F12}) with a stable code ({@code io.pbm.io.ReadingCode}). Every other sheet (an
 * instructions sheet 填表说明, a chart) is skipped; {@link io.pbm.io.form.FormReader#readWorkbook} lists
 * the sheets skipped and maps every value read back to its cell, so that a later finding
 * ({@code Pbm.audit}: {@code /indicators/2}, {@code /reportedTotal}) can be shown at its cell.
 *
 * <p>A form is translated into the pbm/1 record it stands for and read by the JSON reader: it is held to
 * exactly the rules a JSON document is (json-contract.md), and the records are the same types
 * ({@code ReadProject}, {@code RejectedRecord}). A project id repeated on a later sheet is rejected
 * ({@code id.duplicate}).
 *
 * <h2>Layouts accepted</h2>
 * Blocks are found by their header texts, never by cell positions: blank rows and columns, merged cells
 * (read from their top-left cell) and one or two header rows are fine. Headers are compared without white
 * space, bracketed parts ({@code （万元）}, {@code （A）}) and a trailing colon; the spellings below are
 * accepted (the first is the national one).
 * <ul>
 *   <li><b>Indicator table</b>, found by its 三级指标 header: 一级指标, 二级指标, 三级指标 (三级指标名称, 指标名称),
 *       年度指标值 (年度目标值, 目标值, 指标值) as one cell written as forms write it ({@code ≧735人次},
 *       {@code ═100%}, {@code 明显提升}) — <em>or</em> the 指标性质 / 指标值 / 度量单位 trio (指标性质 takes
 *       ≥ ＞ ≤ ＜ ＝ and their ASCII forms, 定性, 正向 and 反向), usually under a 年度指标值 group header;
 *       实际完成值, 完成情况 (the achievement of a qualitative indicator: 达成年度指标 /
 *       部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差 — also accepted in 实际完成值), 分值 (权重),
 *       得分, 偏差原因分析及改进措施. Rows run to the 总分 (合计, 总计) row or the end of the sheet; blank
 *       rows are skipped.</li>
 *   <li><b>Budget block</b> above it, found by 全年预算数 and 全年执行数 on one row (年初预算数, 分值, 执行率,
 *       得分 beside them, in any order): the amounts are read from the 年度资金总额 (or 合计) row, else the
 *       first row with a 全年预算数. The block may be worth 10 points (national) or 20 (Hubei): pbm reads
 *       the reported execution score as written; the policy's execution weight decides the computed one.
 *       A goal table has no block: its 年度资金总额 is the budget, and nothing is spent yet (0.00).</li>
 *   <li><b>Amounts</b> in 元 or 万元, converted exactly to 元 ({@code Amount}): the unit comes from the
 *       budget block's texts ({@code 项目资金（万元）}, {@code 全年预算数（元）}), else a line above the
 *       table ({@code 单位：万元}), else {@link io.pbm.io.form.FormDefaults#amounts()} (万元 unless set). A
 *       cell that writes its unit ({@code 193.05万元}) says so itself.</li>
 *   <li><b>Total and grade</b>: the 得分 of the 总分 row is the reported total, 自评等级 (评价等级) the
 *       reported grade (优 良 中 差); with the indicator 得分 and the execution 得分 they are the
 *       {@code ReportedFigures} the table check (R-AUDIT-1…6) recomputes. They are read as written, even
 *       where impossible: finding that is the check's job. A qualitative indicator's 得分 is also the
 *       evaluator's score within its achievement's range (R-SCORE-QUAL).</li>
 * </ul>
 *
 * <h2>Cells</h2>
 * Text, numbers and numeric text are read as written; a number is taken from the characters the file
 * stores (never through {@code double}) and rounded to Excel's 15 significant digits; a number formatted as
 * a percentage in a target or actual cell reads as percent (0.95 shown as 95% is {@code 95%}); points may
 * be written {@code 10分}. A formula reads as its cached result; a formula without one (a workbook saved
 * by a program that never calculated it) or an error value is a located {@code form.cell} problem.
 *
 * <h2>Labelled rows</h2>
 * A label is a cell whose text is the label (a colon after it is fine) with its value in the next
 * non-blank cell to the right, or written after the colon in the same cell ({@code 项目名称：校舍维修}).
 * Labels are looked for above the indicator table (the grade anywhere). The national forms have
 * 项目名称, 主管部门 (主管部门及代码) and 实施单位 (the project's unit; 主管部门 when there is none); pbm
 * reads these optional rows too, which {@link io.pbm.io.form.FormTemplate} writes:
 * <ul>
 *   <li>项目编号 (项目代码, 项目编码) — the project id;</li>
 *   <li>资金类别 — the fund category, by its Chinese label (一般公共预算, 政府性基金预算, 中央转移支付 …) or
 *       constant name;</li>
 *   <li>预算年度 (年度) — the year; otherwise the title's {@code （2023年度）};</li>
 *   <li>评价类型, 评价主体 — the kind of evaluation and the evaluator (SELF and UNIT unless given);</li>
 *   <li>下年度预算申请数 — next year's request, in the form's amount unit;</li>
 *   <li>监督检查发现问题 (审计发现问题), 重大违规使用资金, 真实性核查未通过, 问题未整改 — the supervision findings,
 *       是 or 否 (有/无); 连续未整改监控轮次 — a whole number (R-VETO-1…4, R-LINK-4);</li>
 *   <li>自评等级 (评价等级) — the reported grade.</li>
 * </ul>
 *
 * <h2>Defaults</h2>
 * What a form does not say comes from the caller's {@link io.pbm.io.form.FormDefaults}: the year, the
 * fund category, the unit, the amount unit, and the id scheme ({@code FILE_AND_SHEET}: the file's name
 * without extension and the sheet's, {@code 2023自评/项目1}). A labelled cell always wins. When neither
 * gives the id, name, unit, year or fund category, the sheet is rejected with {@code form.missing}, whose
 * message names the value and the labels looked for.
 *
 * <h2>Limits and hostile files</h2>
 * Before POI opens anything, the first bytes decide: an .xls (OLE2, {@code D0 CF 11 E0}), an encrypted
 * workbook (OLE2 holding an EncryptionInfo stream) and anything that is not a zip are refused, each with
 * one clear {@code DocumentException} ({@code workbook.xls}, {@code workbook.encrypted},
 * {@code workbook.notXlsx}). A macro-enabled workbook (.xlsm content type, a vbaProject.bin part) is
 * refused ({@code workbook.macro}); a damaged package is {@code workbook.unreadable}. The limits of
 * {@link io.pbm.io.form.FormLimits}, each with a default, fail the whole workbook: the file size (64 MiB),
 * POI's zip-bomb checks while the package inflates — minimum inflate ratio (1 %), largest part (256 MiB),
 * most text in a part (64 million characters) — as {@code limit.zip}, and the sheets (1,000), rows
 * (100,000 a sheet) and columns (256 a row), checked before any sheet is read. Within a sheet the pbm/1
 * reader's limits apply (at most 1,000 indicators a project).
 *
 * <h2>Templates</h2>
 * {@link io.pbm.io.form.FormTemplate#write} writes a blank form of either kind: the national layout with
 * the trio under 年度指标值, pbm's labelled rows, amounts in 万元, drop-down lists on the 指标性质 cells
 * (≥ ＞ ≤ ＜ ＝ 定性), the 完成情况 cells of qualitative indicators, 一级指标 and 二级指标, 资金类别, the 是/否
 * findings and 自评等级. The reader accepts a filled-in template back as it is.
 */
@NullMarked
package io.pbm.io.form;

import org.jspecify.annotations.NullMarked;
