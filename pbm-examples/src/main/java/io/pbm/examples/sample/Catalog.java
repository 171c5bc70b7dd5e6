package io.pbm.examples.sample;

import io.pbm.core.goal.Level1;
import io.pbm.core.goal.Level2;
import java.util.ArrayList;
import java.util.List;

/**
 * The word lists the generator composes projects from: for each sector, project names and the
 * indicators real goal tables give such projects (names, units of measure, comparisons and the range of
 * their targets), the budgets they usually have, and the reasons units write for a shortfall. Names and
 * figures follow published county goal and self-evaluation tables (项目支出绩效目标申报表, 绩效自评表).
 */
final class Catalog {

    private Catalog() {}

    /** The line of work of a budget unit, which decides what its projects are. */
    enum Sector {
        TRANSPORT, AGRICULTURE, WATER, HOUSING, EDUCATION, HEALTH, CIVIL_AFFAIRS, LABOUR, CULTURE, FORESTRY,
        RURAL, SAFETY, GENERAL,
        /** A township government: its projects are rural roads, water, housing and village works. */
        TOWNSHIP
    }

    /** How an indicator is measured. */
    enum Kind {
        /** A count or amount, higher is better: {@code ≥ 25 公里}. */
        COUNT,
        /** A rate in per cent, higher is better (or equal to 100): {@code ≥ 95%}. */
        RATE,
        /** A limit, lower is better: {@code ≤ 3 天}. */
        LIMIT,
        /** A limit of zero: {@code ≤ 0 次} (安全事故). */
        ZERO,
        /** The project's cost within its budget in 万元: {@code ≤ 193.05 万元}. */
        COST,
        /** A qualitative indicator: {@code 明显改善}. */
        QUALITATIVE
    }

    /**
     * An indicator as a catalogue knows it.
     *
     * @param name  the level-3 indicator's name
     * @param level2  its level-2 category
     * @param kind  how it is measured
     * @param unit  its unit of measure (empty for a qualitative one)
     * @param low  the smallest target (for a rate: the targets to choose from are {@code choices})
     * @param high  the largest target
     * @param decimals  decimals of targets and actuals
     * @param choices  targets to choose from (rates), or qualitative targets
     */
    record Spec(String name, Level2 level2, Kind kind, String unit, int low, int high, int decimals,
            List<String> choices) {

        boolean qualitative() {
            return kind == Kind.QUALITATIVE;
        }

        /** Whether the indicator can miss its target in a sample (a zero limit or the cost never does). */
        boolean canMiss() {
            return kind == Kind.COUNT || kind == Kind.RATE || kind == Kind.LIMIT || kind == Kind.QUALITATIVE;
        }
    }

    /**
     * A project name, whether such a project is a one-time one (a building work, a purchase) rather
     * than a recurring subsidy or service, and the indicators its goal tables give it first.
     */
    record Stem(String name, boolean oneTime, List<Spec> specs) {

        /** The stem's own indicators of a level 2. */
        List<Spec> specs(Level2 level2) {
            return specs.stream().filter(spec -> spec.level2() == level2).toList();
        }

        /** The stem's own benefit indicators. */
        List<Spec> benefits() {
            return specs.stream().filter(spec -> spec.level2().level1() == Level1.BENEFIT).toList();
        }
    }

    /**
     * What a sector's projects look like.
     *
     * @param stems  the projects, each with its own indicators
     * @param quality  quality indicators of the sector's projects
     * @param benefit  benefit indicators (level 1 BENEFIT) of the sector's projects
     * @param satisfaction  who is asked for satisfaction (受益群众, 学生及家长 …)
     * @param budgetLow  the smallest budget, in 万元
     * @param budgetHigh  the largest budget, in 万元
     */
    record Template(List<Stem> stems, List<Spec> quality, List<Spec> benefit, List<String> satisfaction,
            int budgetLow, int budgetHigh) {}

    static Spec count(Level2 level2, String name, String unit, int low, int high) {
        return new Spec(name, level2, Kind.COUNT, unit, low, high, 0, List.of());
    }

    static Spec count1(Level2 level2, String name, String unit, int low, int high) {
        return new Spec(name, level2, Kind.COUNT, unit, low, high, 1, List.of());
    }

    static Spec rate(Level2 level2, String name, String... targets) {
        return new Spec(name, level2, Kind.RATE, "%", 0, 100, 1, List.of(targets));
    }

    static Spec limit(Level2 level2, String name, String unit, int low, int high) {
        return new Spec(name, level2, Kind.LIMIT, unit, low, high, 0, List.of());
    }

    static Spec zero(Level2 level2, String name, String unit) {
        return new Spec(name, level2, Kind.ZERO, unit, 0, 0, 0, List.of());
    }

    static Spec qual(Level2 level2, String name, String... targets) {
        return new Spec(name, level2, Kind.QUALITATIVE, "", 0, 0, 0, List.of(targets));
    }

    /** A stem: a name ({@code *} first for a one-time project) and its own indicators. */
    private static Stem stem(String name, Spec... specs) {
        boolean oneTime = name.startsWith("*");
        return new Stem(oneTime ? name.substring(1) : name, oneTime, List.of(specs));
    }

    private static final Level2 QUANTITY = Level2.QUANTITY;
    private static final Level2 QUALITY = Level2.QUALITY;
    private static final Level2 SOCIAL = Level2.SOCIAL;
    private static final Level2 ECONOMIC = Level2.ECONOMIC;
    private static final Level2 ECOLOGICAL = Level2.ECOLOGICAL;
    private static final Level2 LASTING = Level2.SUSTAINABILITY;

    private static final Spec WORKS_ACCEPTED = rate(QUALITY, "工程验收合格率", "100");
    private static final Spec EQUIPMENT_ACCEPTED = rate(QUALITY, "设备验收合格率", "100");

    /** The template of each sector (a township borrows from several). */
    static Template template(Sector sector) {
        return switch (sector) {
            case TRANSPORT -> TRANSPORT;
            case AGRICULTURE -> AGRICULTURE;
            case WATER -> WATER;
            case HOUSING -> HOUSING;
            case EDUCATION -> EDUCATION;
            case HEALTH -> HEALTH;
            case CIVIL_AFFAIRS -> CIVIL_AFFAIRS;
            case LABOUR -> LABOUR;
            case CULTURE -> CULTURE;
            case FORESTRY -> FORESTRY;
            case RURAL -> RURAL;
            case SAFETY -> SAFETY;
            case GENERAL -> GENERAL;
            case TOWNSHIP -> throw new IllegalArgumentException("a township borrows another sector's template");
        };
    }

    /** The sectors a township's projects come from, each with the projects a township runs. */
    static final List<Sector> TOWNSHIP_WORK = List.of(Sector.RURAL, Sector.RURAL, Sector.TRANSPORT, Sector.WATER,
            Sector.HOUSING, Sector.AGRICULTURE, Sector.GENERAL);

    /** The keywords of a township's projects in a sector (a township repairs rural houses, not heating mains). */
    static String townshipKeywords(Sector sector) {
        return switch (sector) {
            case TRANSPORT -> "农村公路|乡村道路|危桥";
            case WATER -> "农田水利|饮水|节水";
            case HOUSING -> "农村危房";
            case AGRICULTURE -> "高标准农田|设施农业|良种";
            case GENERAL -> "专项|业务用房|宣传";
            default -> "";
        };
    }

    private static final Template TRANSPORT = new Template(List.of(
            stem("*农村公路建设工程", count1(QUANTITY, "新建农村公路里程", "公里", 5, 60),
                    count(QUANTITY, "新建桥涵", "座", 2, 20), count(QUANTITY, "设置安全防护设施", "处", 20, 200)),
            stem("*乡村道路硬化工程", count1(QUANTITY, "硬化村组道路长度", "公里", 2, 30),
                    count(QUANTITY, "硬化道路面积", "万平方米", 1, 20), count(QUANTITY, "通达自然村", "个", 3, 25)),
            stem("农村公路养护项目", count(QUANTITY, "养护农村公路里程", "公里", 50, 400),
                    count(QUANTITY, "处治路面病害", "处", 50, 600), count(QUANTITY, "清理边沟", "公里", 20, 200),
                    rate(QUALITY, "公路优良路率", "75", "80", "85")),
            stem("*危桥改造工程", count(QUANTITY, "改造危桥数量", "座", 1, 8), count(QUANTITY, "改造桥梁长度", "米", 50, 600)),
            stem("*城乡客运招呼站建设项目", count(QUANTITY, "新建客运招呼站", "个", 5, 40),
                    count(QUANTITY, "新增客运线路", "条", 2, 10))),
            List.of(WORKS_ACCEPTED, rate(QUALITY, "路面平整度达标率", "90", "95")),
            List.of(qual(SOCIAL, "群众出行条件", "明显改善", "有效改善"), count(SOCIAL, "受益人口", "人", 2000, 30000),
                    limit(SOCIAL, "村民到乡镇平均出行时间", "分钟", 20, 45), qual(ECONOMIC, "农产品运输成本", "有所降低"),
                    qual(LASTING, "道路使用寿命", "达到设计年限")),
            List.of("沿线群众", "受益群众"), 50, 3000);

    private static final Template AGRICULTURE = new Template(List.of(
            stem("*高标准农田建设项目", count(QUANTITY, "新建高标准农田面积", "亩", 2000, 50000),
                    count1(QUANTITY, "新建田间道路", "公里", 5, 40), count1(QUANTITY, "新建灌溉渠道", "公里", 5, 40),
                    WORKS_ACCEPTED, count(ECONOMIC, "粮食亩产提高", "公斤", 20, 80)),
            stem("农作物良种推广补贴", count(QUANTITY, "推广良种面积", "亩", 5000, 80000),
                    count(QUANTITY, "补贴农户数", "户", 500, 12000), rate(QUALITY, "良种覆盖率", "95", "98"),
                    count(ECONOMIC, "粮食亩产提高", "公斤", 20, 80)),
            stem("动物疫病防控经费", count(QUANTITY, "动物强制免疫数量", "万头(只)", 10, 200),
                    count(QUANTITY, "采集检测样品", "份", 2000, 20000), count(QUANTITY, "开展防疫培训", "场次", 5, 40),
                    rate(QUALITY, "免疫密度", "90", "95"), rate(QUALITY, "免疫抗体合格率", "70", "80"),
                    zero(SOCIAL, "重大动物疫情发生次数", "次")),
            stem("农机购置补贴", count(QUANTITY, "补贴农机具台数", "台", 20, 500), count(QUANTITY, "受益农户", "户", 50, 800),
                    rate(QUALITY, "补贴资金兑付准确率", "100")),
            stem("*设施农业建设项目", count(QUANTITY, "新建温室大棚", "座", 10, 200), count(QUANTITY, "新建保鲜冷库", "座", 1, 6),
                    count(QUANTITY, "带动种植户", "户", 20, 300), WORKS_ACCEPTED),
            stem("耕地地力保护补贴", count(QUANTITY, "补贴耕地面积", "万亩", 10, 80), count(QUANTITY, "补贴农户数", "户", 2000, 15000),
                    rate(QUALITY, "补贴发放准确率", "100"))),
            List.of(),
            List.of(count(ECONOMIC, "农民人均增收", "元", 200, 1500), qual(LASTING, "农业综合生产能力", "稳步提升", "明显提升"),
                    qual(SOCIAL, "农业生产条件", "明显改善")),
            List.of("受益农户", "农牧民"), 20, 3000);

    private static final Template WATER = new Template(List.of(
            stem("*农田水利设施建设项目", count1(QUANTITY, "新建防渗渠道长度", "公里", 3, 40),
                    count(QUANTITY, "新建节制闸", "座", 5, 40), WORKS_ACCEPTED),
            stem("*农村饮水安全巩固提升工程", count(QUANTITY, "更新改造供水管网", "公里", 5, 60),
                    count(QUANTITY, "新建蓄水池", "座", 2, 20), rate(QUALITY, "供水水质达标率", "100"),
                    rate(QUALITY, "农村自来水普及率", "95", "98"), count(SOCIAL, "受益人口", "人", 3000, 40000)),
            stem("*防洪工程维修加固项目", count1(QUANTITY, "维修加固堤防长度", "公里", 1, 15),
                    count(QUANTITY, "清淤疏浚河道", "公里", 2, 30), WORKS_ACCEPTED, qual(SOCIAL, "防洪排涝能力", "明显提升")),
            stem("*高效节水灌溉工程", count(QUANTITY, "新增高效节水灌溉面积", "亩", 3000, 40000),
                    count(QUANTITY, "铺设滴灌管网", "万米", 5, 80), count(ECOLOGICAL, "年节约用水量", "万立方米", 50, 800)),
            stem("水利工程运行管护经费", count(QUANTITY, "管护渠道长度", "公里", 50, 500),
                    count(QUANTITY, "管护水利设施", "座", 10, 120), rate(QUALITY, "设施完好率", "90", "95"))),
            List.of(),
            List.of(count(SOCIAL, "受益人口", "人", 3000, 40000), qual(ECONOMIC, "灌溉保证率", "明显提高"),
                    count(LASTING, "工程设计使用年限", "年", 15, 30)),
            List.of("受益群众", "用水户"), 30, 2500);

    private static final Template HOUSING = new Template(List.of(
            stem("*老旧小区改造项目", count(QUANTITY, "改造老旧小区户数", "户", 100, 2000),
                    count(QUANTITY, "改造小区数量", "个", 2, 20), count(QUANTITY, "改造建筑面积", "万平方米", 1, 20)),
            stem("*农村危房改造项目", count(QUANTITY, "改造农村危房户数", "户", 20, 300),
                    rate(QUALITY, "竣工验收一次合格率", "95", "98")),
            stem("*城镇排水管网建设工程", count1(QUANTITY, "新建排水管网长度", "公里", 2, 20),
                    count(QUANTITY, "新建检查井", "座", 50, 600), qual(SOCIAL, "城市排涝能力", "明显提升")),
            stem("*城市供热管网改造工程", count1(QUANTITY, "改造供热管网长度", "公里", 2, 25),
                    count(QUANTITY, "新建换热站", "座", 1, 8), qual(SOCIAL, "冬季供热质量", "明显提升")),
            stem("保障性住房维修经费", count(QUANTITY, "维修保障性住房", "套", 50, 800)),
            stem("城市环境卫生保洁经费", count(QUANTITY, "道路清扫保洁面积", "万平方米", 50, 400),
                    count(QUANTITY, "清运生活垃圾", "吨", 2000, 30000), rate(QUALITY, "生活垃圾无害化处理率", "95", "100"))),
            List.of(WORKS_ACCEPTED, limit(QUALITY, "工程返工率", "%", 2, 5)),
            List.of(qual(SOCIAL, "居民居住条件", "明显改善"), count(SOCIAL, "受益居民户数", "户", 200, 5000),
                    qual(ECOLOGICAL, "城市人居环境", "持续改善"), qual(LASTING, "长效管护机制", "建立健全")),
            List.of("居民", "受益群众"), 30, 2500);

    private static final Template EDUCATION = new Template(List.of(
            stem("学前教育保教费补助", count(QUANTITY, "资助幼儿人数", "人", 200, 3000),
                    rate(QUALITY, "资助对象识别准确率", "100"), rate(SOCIAL, "学前三年毛入园率", "90", "95")),
            stem("义务教育学生营养改善计划", count(QUANTITY, "受益学生人数", "人", 500, 15000),
                    count(QUANTITY, "供餐天数", "天", 180, 200), rate(QUALITY, "营养餐供应达标率", "100"),
                    qual(SOCIAL, "学生营养健康状况", "明显改善")),
            stem("*校舍维修改造工程", count(QUANTITY, "维修改造校舍面积", "平方米", 500, 12000),
                    count(QUANTITY, "改造学校数量", "所", 1, 10), WORKS_ACCEPTED),
            stem("*教育信息化设备购置项目", count(QUANTITY, "配备教学设备", "台(套)", 50, 800),
                    count(QUANTITY, "建设智慧教室", "间", 5, 60), EQUIPMENT_ACCEPTED),
            stem("家庭经济困难学生资助", count(QUANTITY, "资助学生人数", "人", 200, 8000),
                    rate(QUALITY, "资助对象识别准确率", "100"), qual(SOCIAL, "家庭经济负担", "有效减轻")),
            stem("中小学教师培训经费", count(QUANTITY, "培训教师人次", "人次", 100, 1500),
                    count(QUANTITY, "培训学时", "学时", 40, 200), rate(QUALITY, "培训合格率", "90", "95")),
            stem("*学校运动场建设项目", count(QUANTITY, "新建运动场面积", "平方米", 2000, 15000), WORKS_ACCEPTED)),
            List.of(),
            List.of(qual(SOCIAL, "学生就学条件", "明显改善"), rate(SOCIAL, "义务教育巩固率", "95", "96", "98"),
                    qual(LASTING, "教育教学质量", "稳步提高")),
            List.of("学生及家长", "教师"), 10, 1500);

    private static final Template HEALTH = new Template(List.of(
            stem("基本公共卫生服务经费", count(QUANTITY, "建立居民健康档案", "份", 10000, 100000),
                    count(QUANTITY, "规范管理高血压患者", "人", 1000, 10000), count(QUANTITY, "开展健康教育讲座", "次", 12, 120),
                    rate(QUALITY, "居民电子健康档案建档率", "90", "95")),
            stem("*医疗设备购置项目", count(QUANTITY, "购置医疗设备", "台(套)", 5, 120), EQUIPMENT_ACCEPTED,
                    qual(LASTING, "基层诊疗服务能力", "持续提升")),
            stem("家庭医生签约服务经费", count(QUANTITY, "家庭医生签约人数", "人", 5000, 80000),
                    rate(QUALITY, "重点人群签约服务覆盖率", "70", "75")),
            stem("全民健康体检经费", count(QUANTITY, "健康体检人数", "人", 2000, 60000), rate(QUALITY, "体检覆盖率", "85", "90")),
            stem("重大传染病防控经费", count(QUANTITY, "免疫规划疫苗接种", "剂次", 5000, 60000),
                    rate(QUALITY, "适龄儿童免疫规划疫苗接种率", "95", "98"), zero(SOCIAL, "甲类传染病暴发次数", "次")),
            stem("*乡镇卫生院业务用房改造工程", count(QUANTITY, "改造业务用房面积", "平方米", 300, 5000), WORKS_ACCEPTED)),
            List.of(),
            List.of(qual(SOCIAL, "群众就医条件", "明显改善"), rate(SOCIAL, "居民健康素养水平", "20", "25", "30"),
                    qual(SOCIAL, "群众看病就医负担", "有效减轻")),
            List.of("患者", "签约居民", "就诊群众"), 10, 1000);

    private static final Template CIVIL_AFFAIRS = new Template(List.of(
            stem("城乡最低生活保障资金", count(QUANTITY, "保障低保对象人数", "人", 1000, 15000),
                    rate(QUALITY, "救助对象认定准确率", "100")),
            stem("特困人员救助供养资金", count(QUANTITY, "供养特困人员", "人", 100, 1200),
                    rate(QUALITY, "特困人员集中供养率", "40", "50")),
            stem("*养老服务设施建设项目", count(QUANTITY, "新建养老服务站点", "个", 2, 20),
                    count(QUANTITY, "新增养老床位", "张", 20, 300), WORKS_ACCEPTED),
            stem("残疾人两项补贴资金", count(QUANTITY, "发放补贴人次", "人次", 1000, 30000)),
            stem("临时救助资金", count(QUANTITY, "临时救助人次", "人次", 200, 3000)),
            stem("孤儿基本生活费", count(QUANTITY, "保障孤儿人数", "人", 20, 300)),
            stem("优抚对象补助经费", count(QUANTITY, "发放优抚补助人数", "人", 200, 3000)),
            stem("残疾人康复服务经费", count(QUANTITY, "康复服务人数", "人", 100, 2000), count(QUANTITY, "适配辅助器具", "件", 50, 800))),
            List.of(rate(QUALITY, "资金发放准确率", "100")),
            List.of(qual(SOCIAL, "困难群众基本生活", "有效保障"), qual(LASTING, "社会救助兜底作用", "充分发挥"),
                    rate(SOCIAL, "政策知晓率", "90", "95")),
            List.of("救助对象", "服务对象"), 20, 2000);

    private static final Template LABOUR = new Template(List.of(
            stem("职业技能培训补贴", count(QUANTITY, "培训人次", "人次", 300, 5000), rate(QUALITY, "培训合格率", "90", "95"),
                    rate(QUALITY, "职业资格取证率", "75", "80")),
            stem("就业创业补贴资金", count(QUANTITY, "新增城镇就业人数", "人", 500, 6000),
                    count(QUANTITY, "发放创业担保贷款", "笔", 20, 300)),
            stem("公益性岗位补贴", count(QUANTITY, "开发公益性岗位", "个", 50, 800)),
            stem("高校毕业生就业见习补贴", count(QUANTITY, "就业见习人数", "人", 50, 500)),
            stem("农村劳动力转移就业经费", count(QUANTITY, "转移农村劳动力", "人次", 2000, 30000))),
            List.of(rate(QUALITY, "补贴发放准确率", "100")),
            List.of(rate(SOCIAL, "培训后就业率", "60", "70", "80"), count(ECONOMIC, "务工人员人均收入", "元", 20000, 45000),
                    qual(SOCIAL, "劳动者就业技能", "明显提高"), qual(LASTING, "就业服务体系", "不断完善")),
            List.of("培训学员", "服务对象"), 5, 300);

    private static final Template CULTURE = new Template(List.of(
            stem("文化惠民演出经费", count(QUANTITY, "送文化下乡演出场次", "场", 20, 300),
                    count(SOCIAL, "受益群众人次", "人次", 5000, 100000)),
            stem("*公共文化设施建设项目", count(QUANTITY, "新建村级文化活动室", "个", 5, 40), WORKS_ACCEPTED),
            stem("*全民健身设施建设项目", count(QUANTITY, "新建健身场地", "个", 5, 50),
                    count(QUANTITY, "配备健身器材", "套", 20, 300), WORKS_ACCEPTED),
            stem("*旅游基础设施建设项目", count(QUANTITY, "新建旅游厕所", "座", 2, 15),
                    count(QUANTITY, "新建停车场面积", "平方米", 1000, 10000), rate(ECONOMIC, "旅游接待人次增长率", "5", "8", "10")),
            stem("广播电视户户通运维经费", count(QUANTITY, "户户通维护户数", "户", 500, 5000),
                    rate(QUALITY, "广播电视综合覆盖率", "98", "99")),
            stem("非物质文化遗产保护经费", count(QUANTITY, "举办非遗展演活动", "次", 5, 40),
                    count(QUANTITY, "培训非遗传承人", "人次", 20, 300)),
            stem("新闻宣传经费", count(QUANTITY, "发布新闻稿件", "篇", 500, 5000), count(QUANTITY, "制作专题节目", "期", 12, 100)),
            stem("图书购置经费", count(QUANTITY, "新增馆藏图书", "册", 2000, 30000), count(QUANTITY, "开展阅读推广活动", "次", 10, 80))),
            List.of(),
            List.of(qual(SOCIAL, "群众文化生活", "不断丰富"), qual(LASTING, "公共文化服务水平", "持续提升"),
                    count(SOCIAL, "服务群众人次", "人次", 5000, 100000)),
            List.of("群众", "游客"), 5, 500);

    private static final Template FORESTRY = new Template(List.of(
            stem("*退耕还林工程", count(QUANTITY, "完成退耕还林面积", "亩", 1000, 20000), rate(QUALITY, "造林成活率", "85", "90")),
            stem("天然林保护经费", count(QUANTITY, "管护森林面积", "万亩", 10, 200), count(QUANTITY, "聘用护林员", "人", 50, 600),
                    zero(SOCIAL, "森林火灾发生次数", "次")),
            stem("*防沙治沙工程", count(QUANTITY, "完成治沙面积", "亩", 2000, 30000), count(QUANTITY, "种植梭梭", "万株", 5, 80),
                    rate(QUALITY, "造林成活率", "85", "90"), qual(ECOLOGICAL, "风沙危害", "有效减轻")),
            stem("草原生态保护补助奖励资金", count(QUANTITY, "草原禁牧面积", "万亩", 10, 300),
                    count(QUANTITY, "草畜平衡面积", "万亩", 10, 300), rate(QUALITY, "补助资金兑付准确率", "100")),
            stem("*农田防护林建设项目", count(QUANTITY, "新建农田防护林", "亩", 500, 8000),
                    count(QUANTITY, "补植补造苗木", "万株", 5, 80), rate(QUALITY, "苗木合格率", "100")),
            stem("护林员管护补助", count(QUANTITY, "聘用生态护林员", "人", 50, 600),
                    count(ECONOMIC, "护林员人均增收", "元", 5000, 12000)),
            stem("城市园林绿化养护经费", count(QUANTITY, "养护绿地面积", "万平方米", 20, 300),
                    count(QUANTITY, "补植乔灌木", "株", 2000, 30000)),
            stem("国土空间规划编制经费", count(QUANTITY, "完成规划编制", "项", 1, 5), count(QUANTITY, "完成专题研究", "个", 2, 12))),
            List.of(),
            List.of(qual(ECOLOGICAL, "生态环境", "持续改善", "明显改善"), qual(LASTING, "生态保护长效机制", "建立健全")),
            List.of("农牧民", "护林员"), 10, 1500);

    private static final Template RURAL = new Template(List.of(
            stem("*农村人居环境整治项目", count(QUANTITY, "清运农村生活垃圾", "吨", 200, 5000),
                    count(QUANTITY, "整治村庄", "个", 3, 30), qual(ECOLOGICAL, "村容村貌", "明显改善")),
            stem("庭院经济发展补助", count(QUANTITY, "扶持发展庭院经济户数", "户", 100, 1500),
                    count(ECONOMIC, "脱贫户人均增收", "元", 300, 2000)),
            stem("*产业发展帮扶项目", count(QUANTITY, "新建村级产业用房", "平方米", 500, 6000),
                    count(QUANTITY, "带动脱贫户", "户", 20, 300), qual(LASTING, "产业带动作用", "持续发挥")),
            stem("村级集体经济发展资金", count(QUANTITY, "扶持村集体经济组织", "个", 3, 30),
                    count(ECONOMIC, "村集体经济收入增加", "万元", 3, 30)),
            stem("*美丽乡村建设项目", count(QUANTITY, "建设示范村", "个", 1, 6), count1(QUANTITY, "新建村内道路", "公里", 1, 10)),
            stem("*农村改厕项目", count(QUANTITY, "改造农村户厕", "户", 100, 2000), rate(QUALITY, "改厕验收合格率", "95", "100"))),
            List.of(rate(QUALITY, "帮扶对象识别准确率", "100")),
            List.of(count(ECONOMIC, "脱贫户人均增收", "元", 300, 2000), qual(ECOLOGICAL, "村容村貌", "明显改善"),
                    count(SOCIAL, "带动就业人数", "人", 20, 600)),
            List.of("受益群众", "脱贫户"), 20, 1500);

    private static final Template SAFETY = new Template(List.of(
            stem("应急物资储备经费", count(QUANTITY, "储备救灾帐篷", "顶", 100, 1000), count(QUANTITY, "储备棉被", "床", 500, 5000),
                    rate(QUALITY, "物资验收合格率", "100")),
            stem("安全生产专项整治经费", count(QUANTITY, "开展安全生产检查", "次", 50, 600),
                    count(QUANTITY, "排查整治隐患", "处", 100, 2000), rate(QUALITY, "隐患整改率", "95", "100")),
            stem("*森林草原防火设施建设项目", count(QUANTITY, "新建防火瞭望塔", "座", 1, 6),
                    count(QUANTITY, "建设防火隔离带", "公里", 5, 60), WORKS_ACCEPTED),
            stem("防汛抗旱经费", count(QUANTITY, "组织应急演练", "次", 5, 40), count(QUANTITY, "储备防汛物资", "吨", 20, 300)),
            stem("*视频监控系统建设项目", count(QUANTITY, "新建视频监控点位", "个", 20, 400), rate(QUALITY, "设备在线率", "95", "98")),
            stem("*消防装备购置项目", count(QUANTITY, "购置消防装备", "台(套)", 20, 300), EQUIPMENT_ACCEPTED),
            stem("*执法装备购置项目", count(QUANTITY, "购置执法装备", "台(套)", 20, 300), EQUIPMENT_ACCEPTED)),
            List.of(),
            List.of(limit(SOCIAL, "较大以上安全事故起数", "起", 1, 3), qual(SOCIAL, "应急处置能力", "明显提升"),
                    qual(SOCIAL, "社会治安环境", "持续向好"), qual(LASTING, "安全生产长效机制", "建立健全")),
            List.of("群众", "企业"), 5, 300);

    private static final Template GENERAL = new Template(List.of(
            stem("*信息化系统建设运维项目", count(QUANTITY, "运维终端设备", "台", 20, 300),
                    count(QUANTITY, "建设业务系统", "个", 1, 6), rate(QUALITY, "系统正常运行率", "98", "99"),
                    qual(LASTING, "信息化管理水平", "持续提升")),
            stem("*业务用房维修改造项目", count(QUANTITY, "维修改造面积", "平方米", 200, 4000), WORKS_ACCEPTED),
            stem("专项业务工作经费", count(QUANTITY, "完成专项工作任务", "项", 5, 40), rate(QUALITY, "工作任务完成率", "100")),
            stem("政策宣传经费", count(QUANTITY, "开展宣传活动", "次", 10, 100), count(QUANTITY, "发放宣传资料", "份", 2000, 30000),
                    rate(SOCIAL, "政策知晓率", "85", "90")),
            stem("*档案数字化项目", count(QUANTITY, "数字化档案", "万页", 5, 100), rate(QUALITY, "数字化质量合格率", "98", "100")),
            stem("*办公设备购置项目", count(QUANTITY, "购置办公设备", "台(套)", 10, 150), EQUIPMENT_ACCEPTED)),
            List.of(),
            List.of(qual(SOCIAL, "工作效率", "明显提高"), qual(SOCIAL, "服务群众能力", "持续提升"),
                    limit(SOCIAL, "业务平均办理时间", "天", 3, 10)),
            List.of("服务对象", "办事群众"), 2, 200);

    /** Quantity indicators any project may add to its own. */
    static final List<Spec> QUANTITY_ANY = List.of(count(QUANTITY, "覆盖乡镇数", "个", 3, 14),
            count(QUANTITY, "开展督导检查", "次", 4, 24), count(QUANTITY, "完成年度任务", "项", 3, 20));

    /** Quality indicators of a one-time project (a work, a purchase). */
    static final List<Spec> QUALITY_WORKS = List.of(rate(QUALITY, "项目验收合格率", "100"),
            rate(QUALITY, "资金使用合规率", "100"));

    /** Quality indicators of a recurring subsidy or service. */
    static final List<Spec> QUALITY_RECURRING = List.of(rate(QUALITY, "资金发放准确率", "100"),
            rate(QUALITY, "资金使用合规率", "100"));

    /** Timeliness indicators (时效) of a one-time project. */
    static final List<Spec> TIMELINESS_WORKS = List.of(rate(Level2.TIMELINESS, "项目按期完成率", "95", "100"),
            limit(Level2.TIMELINESS, "项目完成时间", "月", 9, 11));

    /** Timeliness indicators of a recurring subsidy or service. */
    static final List<Spec> TIMELINESS_RECURRING = List.of(rate(Level2.TIMELINESS, "资金拨付及时率", "95", "100"),
            rate(Level2.TIMELINESS, "补助资金发放及时率", "95", "100"));

    /** Qualitative output indicators, for a goal with more qualitative indicators than benefit rows. */
    static final List<Spec> OUTPUT_QUALITATIVE = List.of(qual(QUALITY, "项目实施质量", "达到规定标准"),
            qual(Level2.TIMELINESS, "项目实施进度", "按计划推进"), qual(QUALITY, "资金管理规范性", "规范"));

    /** Benefit indicators any project may have. */
    static final List<Spec> BENEFIT_ANY = List.of(qual(LASTING, "项目效益可持续性", "长期有效"),
            qual(SOCIAL, "社会效益", "明显"), count(SOCIAL, "受益群众人数", "人", 500, 20000),
            qual(LASTING, "后续运行管护", "有保障"));

    /** The cost indicator: the project within its budget. */
    static final Spec COST = new Spec("项目总成本", Level2.COST, Kind.COST, "万元", 0, 0, 2, List.of());

    /** A lower-is-better cost that some building works state instead of their total. */
    static final Spec UNIT_COST = limit(Level2.COST, "单位建设成本", "元/平方米", 800, 2500);

    /** The safety indicator of a building work (target 0). */
    static final Spec NO_ACCIDENT = zero(QUALITY, "安全生产事故", "起");

    /** Reasons a building work or a purchase writes for a shortfall (偏差原因分析及改进措施). */
    static final List<String> SHORTFALL_WORKS = List.of(
            "受冬季低温影响停工两个月，剩余工程量计划于次年6月底前完成",
            "部分资金于12月下旬到位，工程款未能及时支付，已结转下年继续使用",
            "招标采购周期较长，项目开工滞后，今后将提前做好前期工作",
            "设计变更导致工程量调整，下年度将加强项目前期论证",
            "征地拆迁未完成，部分工程未能按期开工，已协调有关部门加快推进",
            "施工单位组织不力，已约谈并督促整改，剩余任务限期完成",
            "目标值设定偏高，今后将结合往年完成情况科学合理设定绩效目标");

    /** Reasons a subsidy or a service writes for a shortfall. */
    static final List<String> SHORTFALL_SERVICE = List.of(
            "实际符合条件的对象少于年初预计，已按实际情况据实发放",
            "受疫情防控影响，部分集中活动未能开展，已调整为线上方式",
            "部分资金于12月下旬到位，未能及时拨付，已结转下年继续使用",
            "部分对象经复核不符合条件，已停发并收回资金",
            "基层工作力量不足，工作推进较慢，下年度将加强督导",
            "目标值设定偏高，今后将结合往年完成情况科学合理设定绩效目标");

    /** Reasons written for a satisfaction below its target. */
    static final List<String> SHORTFALL_SATISFACTION = List.of(
            "部分群众对项目进度和质量意见较大，已建立问题清单逐项整改",
            "满意度调查样本覆盖面不足，下年度将扩大调查范围并改进服务",
            "政策宣传不到位，部分群众对政策了解不够，将加强宣传解读");

    /** Reasons written for a cost above its limit. */
    static final List<String> SHORTFALL_COST = List.of(
            "建材及人工价格上涨，单位成本高于预期，下年度将加强成本测算",
            "设计变更增加了工程内容，单位成本相应提高");

    /** Reasons written when a target was far exceeded. */
    static final List<String> OVERSHOOT = List.of(
            "实际需求大于年初预计，目标值设定偏保守，下年度将合理设定目标值",
            "上级追加任务，完成量超出年初目标",
            "项目实施中统筹整合资金，扩大了实施范围");

    /** Reasons written for money left unspent. */
    static final List<String> UNSPENT = List.of(
            "项目实施中节约资金，结余资金已按规定收回统筹使用",
            "部分工程款按合同约定次年支付",
            "采购价格低于预算，形成结余");
}
