/**
 * CSV: pbm's flat indicator table read into projects ({@link io.pbm.io.csv.CsvReader}) and results
 * written as two tables for analysts ({@link io.pbm.io.csv.ResultCsv}).
 *
 * <h2>The indicator table</h2>
 *
 * <p>One row per indicator; the project's columns are repeated on each of its rows (or left blank after
 * the first, as merged cells export), and the rows of one project are consecutive — a project id that
 * comes back after other projects' rows is a second project with the same id, rejected
 * ({@code id.duplicate}). A row whose indicator cells are all blank adds no indicator; a row whose
 * cells are all blank is skipped.
 *
 * <p>The header is the first row with anything in it. Each column has a fixed Chinese and English
 * name; either may be used, in any order, mixed in one header; English names ignore case. A name pbm
 * does not read is ignored and reported as a warning ({@code csv.columnUnknown}) — a misspelt optional
 * column is therefore noticed, and tables exported with extra columns (序号, 备注) still read. A
 * required column missing ({@code csv.columnMissing}) or a column named twice
 * ({@code csv.columnRepeated}) fails the table. Cells are read without surrounding white space.
 *
 * <p>Values are those of the pbm/1 contract (json-contract.md): enumerations as constants
 * ({@code GENERAL_PUBLIC}) or their Chinese labels ({@code 一般公共预算}); decimals as plain decimals
 * (at most 15 integer digits and 6 decimals, amounts 2; no exponent, no thousands separator — checked
 * on the characters); booleans {@code 是}/{@code 否}, {@code true}/{@code false}, {@code 1}/{@code 0},
 * {@code Y}/{@code N}. <strong>Amounts are in 元</strong>; an amount column whose header ends in
 * {@code （万元）} or {@code (10k yuan)} — such as {@code 全年预算数（万元）} — is in 万元 and converted
 * exactly (193.05 → 1930500.00; up to 6 decimals of 万元); {@code （元）}/{@code (yuan)} may be written
 * too.
 *
 * <table>
 * <caption>Project columns (the same value on each row of the project)</caption>
 * <tr><th>中文</th><th>English</th><th>meaning (pbm/1 member)</th><th>required</th><th>example</th></tr>
 * <tr><td>项目编号</td><td>projectId</td><td>the project's id ({@code id})</td><td>yes</td><td>652826-2023-017</td></tr>
 * <tr><td>项目名称</td><td>projectName</td><td>{@code name}</td><td>yes</td><td>农产品园区排水管网工程</td></tr>
 * <tr><td>预算单位</td><td>unit</td><td>the budget unit ({@code unit})</td><td>yes</td><td>焉耆县住房和城乡建设局</td></tr>
 * <tr><td>年度</td><td>year</td><td>the fiscal year</td><td>yes</td><td>2023</td></tr>
 * <tr><td>资金类别</td><td>fundCategory</td><td>{@code fundCategory}: GENERAL_PUBLIC, GOVERNMENT_FUND … or its label</td><td>yes</td><td>GENERAL_PUBLIC</td></tr>
 * <tr><td>评价类型</td><td>kind</td><td>SELF (default), DEPARTMENT, FINANCE</td><td>no</td><td>SELF</td></tr>
 * <tr><td>评价主体</td><td>evaluator</td><td>UNIT, DEPARTMENT, FINANCE, THIRD_PARTY</td><td>no</td><td>UNIT</td></tr>
 * <tr><td>绩效目标</td><td>goal</td><td>the goal's text</td><td>no</td><td>完成园区排水管网建设</td></tr>
 * <tr><td>目标版本</td><td>goalVersion</td><td>the goal's version (R-GOAL-7)</td><td>no</td><td>1</td></tr>
 * <tr><td>新增项目</td><td>new</td><td>{@code flags.new}</td><td>no</td><td>否</td></tr>
 * <tr><td>重点项目</td><td>key</td><td>{@code flags.key}</td><td>no</td><td>是</td></tr>
 * <tr><td>一次性项目</td><td>oneTime</td><td>{@code flags.oneTime}</td><td>no</td><td>是</td></tr>
 * <tr><td>重大项目</td><td>major</td><td>{@code flags.major}</td><td>no</td><td>是</td></tr>
 * <tr><td>年初预算数</td><td>initial</td><td>{@code budget.initial}, 元</td><td>no</td><td>1930500.00</td></tr>
 * <tr><td>全年预算数</td><td>adjusted</td><td>{@code budget.adjusted}, 元</td><td>yes</td><td>1930500.00</td></tr>
 * <tr><td>全年到位数</td><td>received</td><td>{@code budget.received}, 元</td><td>no</td><td>1930500.00</td></tr>
 * <tr><td>全年执行数</td><td>spent</td><td>{@code budget.spent}, 元</td><td>yes</td><td>1835000.00</td></tr>
 * <tr><td>下年预算申请数</td><td>nextYearRequest</td><td>{@code budget.nextYearRequest}, 元: what a budget decision cuts or keeps</td><td>no</td><td>1930500.00</td></tr>
 * <tr><td>预算差异说明</td><td>budgetExplanation</td><td>{@code budget.explanation} (R-AUDIT-4)</td><td>no</td><td>追加预算</td></tr>
 * <tr><td>执行率得分</td><td>reportedExecutionScore</td><td>the execution score a filled-in table reports (R-AUDIT-2)</td><td>no</td><td>9.5</td></tr>
 * <tr><td>审计发现问题</td><td>auditProblems</td><td>{@code findings.auditProblems} (R-VETO-1)</td><td>no</td><td>是</td></tr>
 * <tr><td>重大违规使用资金</td><td>majorMisuse</td><td>{@code findings.majorMisuse}</td><td>no</td><td>否</td></tr>
 * <tr><td>真实性核查未通过</td><td>authenticityFailed</td><td>{@code findings.authenticityFailed}</td><td>no</td><td>否</td></tr>
 * <tr><td>连续未整改监控轮次</td><td>unrectifiedFailedMonitoringRounds</td><td>{@code findings.unrectifiedFailedMonitoringRounds}</td><td>no</td><td>0</td></tr>
 * <tr><td>问题未整改</td><td>unrectifiedProblems</td><td>{@code findings.unrectifiedProblems} (R-LINK-4)</td><td>no</td><td>否</td></tr>
 * <tr><td>已评价年度</td><td>evaluatedYears</td><td>{@code history.evaluatedYears}, separated by {@code ,} {@code ;} {@code 、} or spaces (R-PLAN-1)</td><td>no</td><td>2019、2021</td></tr>
 * <tr><td>上年已自评</td><td>lastYearSelfEvaluated</td><td>{@code history.lastYearSelfEvaluated} (R-GOAL-5)</td><td>no</td><td>是</td></tr>
 * <tr><td>上年评价等级</td><td>previousGrade</td><td>{@code history.previousGrade} (R-MON-6)</td><td>no</td><td>FAIR</td></tr>
 * <tr><td>必要性得分</td><td>necessity</td><td>{@code exAnte.necessity} (R-EXANTE)</td><td>no, but all five or none</td><td>18</td></tr>
 * <tr><td>经济性得分</td><td>economy</td><td>{@code exAnte.economy}</td><td>as above</td><td>16</td></tr>
 * <tr><td>绩效目标合理性得分</td><td>goalSoundness</td><td>{@code exAnte.goalSoundness}</td><td>as above</td><td>17</td></tr>
 * <tr><td>实施方案可行性得分</td><td>feasibility</td><td>{@code exAnte.feasibility}</td><td>as above</td><td>18</td></tr>
 * <tr><td>筹资合规性得分</td><td>fundingCompliance</td><td>{@code exAnte.fundingCompliance}</td><td>as above</td><td>19</td></tr>
 * <tr><td>第三方复核</td><td>thirdPartyReassessed</td><td>{@code exAnte.thirdPartyReassessed} (R-EXANTE-4)</td><td>no</td><td>否</td></tr>
 * <tr><td>转移支付编号</td><td>transferId</td><td>{@code transfer.id}, the parent transfer (R-GOAL-6)</td><td>with 上级指标值</td><td>ZY-2023-01</td></tr>
 * <tr><td>报告评审得分</td><td>reportReviewScore</td><td>{@code reportReviewScore} (R-REVIEW-1)</td><td>no</td><td>85</td></tr>
 * <tr><td>自评总分</td><td>reportedTotal</td><td>the total a filled-in table reports (audit)</td><td>no</td><td>90</td></tr>
 * <tr><td>自评等级</td><td>reportedGrade</td><td>the grade a filled-in table reports (audit)</td><td>no</td><td>优</td></tr>
 * </table>
 *
 * <table>
 * <caption>Indicator columns (one indicator per row)</caption>
 * <tr><th>中文</th><th>English</th><th>meaning (pbm/1 member of the indicator)</th><th>required</th><th>example</th></tr>
 * <tr><td>一级指标</td><td>level1</td><td>OUTPUT, BENEFIT, SATISFACTION … or 产出指标 …</td><td>yes</td><td>OUTPUT</td></tr>
 * <tr><td>二级指标</td><td>level2</td><td>QUANTITY, QUALITY … or 数量指标 …</td><td>yes</td><td>QUANTITY</td></tr>
 * <tr><td>三级指标</td><td>name</td><td>the indicator's name, unique within the project</td><td>yes</td><td>新建排水管网长度</td></tr>
 * <tr><td>指标性质</td><td>comparison</td><td>{@code >=}, {@code >}, {@code <=}, {@code <}, {@code =}, {@code qualitative} or ≥ ≤ 定性; without it, the target's symbol</td><td>no</td><td>&gt;=</td></tr>
 * <tr><td>年度指标值</td><td>target</td><td>a number, a text, or as forms write it</td><td>yes</td><td>≧12</td></tr>
 * <tr><td>度量单位</td><td>measureUnit</td><td>the unit of measure ({@code unit} of the indicator)</td><td>no</td><td>公里</td></tr>
 * <tr><td>实际完成值</td><td>actual</td><td>the actual, as the target</td><td>for evaluation</td><td>11.5</td></tr>
 * <tr><td>分值</td><td>weight</td><td>the indicator's weight, points</td><td>yes</td><td>30</td></tr>
 * <tr><td>完成程度</td><td>achievement</td><td>a qualitative indicator's ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED</td><td>for a qualitative evaluation</td><td>PARTLY_ACHIEVED</td></tr>
 * <tr><td>评定得分</td><td>score</td><td>the evaluator's score of a qualitative indicator</td><td>no</td><td>21</td></tr>
 * <tr><td>得分</td><td>reportedScore</td><td>the score a filled-in table reports (R-AUDIT-1)</td><td>no</td><td>28.75</td></tr>
 * <tr><td>偏差原因分析及改进措施</td><td>explanation</td><td>why the indicator deviates (R-DEV-1)</td><td>when it deviates</td><td>冬季停工两周</td></tr>
 * <tr><td>上级指标值</td><td>transferTarget</td><td>the parent transfer's target for the indicator of this row's name (R-GOAL-6)</td><td>no</td><td>≥10公里</td></tr>
 * </table>
 *
 * <p>Not carried by the flat table (use a pbm/1 document): unit-wide records ({@code units}), the
 * evaluation frame of department and finance evaluations ({@code frameItems}), and a parent transfer's
 * indicators that the project itself does not have.
 *
 * <h2>Locations, encodings, limits</h2>
 *
 * <p>A problem's path is {@code file.csv:line:column} ({@code county.csv:7:分值}), the line where the
 * row begins and the column's header as written; {@code file.csv:line} for the row. The encoding is
 * detected (UTF-8 with or without byte order mark, else GB18030/GBK) or given. {@link io.pbm.io.ReadLimits}
 * bounds the file's bytes, a field's length, the header's columns ({@code maxIndicators}, but room for every
 * column in both languages) and the number of
 * projects (each failing the table), and a project's rows ({@code maxIndicators}) and characters
 * ({@code maxRecordBytes}) (each rejecting the project).
 */
@NullMarked
package io.pbm.io.csv;

import org.jspecify.annotations.NullMarked;
