package io.pbm.examples.sample;

import io.pbm.core.project.BudgetUnit;
import io.pbm.examples.sample.Catalog.Sector;
import java.util.ArrayList;
import java.util.List;

/**
 * The budget units (预算单位) of a sample: a county's bureaus, its hospitals and schools, its townships;
 * or a province's region departments, then its prefectures' and counties' bureaus. Names are composed
 * from word lists with fictional place names (红柳县, 天山地区 …) so that no figure is mistaken for a real
 * unit's. The roster depends only on the profile and the number of units, never on the seed.
 */
final class UnitRoster {

    /**
     * A unit of the roster.
     *
     * @param unit  the budget unit
     * @param sector  its line of work
     * @param weight  how many projects it has, relative to the others
     * @param budgetPercent  its budgets in per cent of the catalogue's ranges (a region department's are
     *     larger than a county bureau's)
     * @param keywords  the projects of its sector it runs: names containing one of these words,
     *     separated by {@code |}; empty for all
     */
    record Member(BudgetUnit unit, Sector sector, int weight, int budgetPercent, String keywords) {}

    private record Entry(String name, Sector sector, int weight, String keywords) {}

    private static Entry e(String name, Sector sector, int weight) {
        return new Entry(name, sector, weight, "");
    }

    private static Entry e(String name, Sector sector, int weight, String keywords) {
        return new Entry(name, sector, weight, keywords);
    }

    private static final String OFFICE = "信息化|业务用房|专项|宣传|办公设备";
    private static final String SCHOOL = "义务教育|校舍|信息化|资助|运动场|教师";

    /** A county's bureaus and institutions, after the county's name; the largest spenders first. */
    private static final List<Entry> COUNTY_BUREAUS = List.of(
            e("教育局", Sector.EDUCATION, 14), e("农业农村局", Sector.AGRICULTURE, 14, "高标准农田|良种|农机|耕地|设施农业"),
            e("住房和城乡建设局", Sector.HOUSING, 12, "老旧小区|农村危房|排水|供热|保障性住房"), e("水利局", Sector.WATER, 10),
            e("交通运输局", Sector.TRANSPORT, 9), e("卫生健康委员会", Sector.HEALTH, 9, "基本公共卫生|家庭医生|传染病|业务用房"),
            e("乡村振兴局", Sector.RURAL, 9), e("民政局", Sector.CIVIL_AFFAIRS, 7, "低保|特困|养老|临时|孤儿"),
            e("人力资源和社会保障局", Sector.LABOUR, 6), e("林业和草原局", Sector.FORESTRY, 6, "退耕|天然林|防沙|草原|防护林|护林员"),
            e("自然资源局", Sector.FORESTRY, 4, "国土|防护林"), e("文化体育广播电视和旅游局", Sector.CULTURE, 5, "文化惠民|公共文化|全民健身|旅游|非物质"),
            e("应急管理局", Sector.SAFETY, 4, "应急物资|安全生产|防火|防汛"), e("公安局", Sector.SAFETY, 4, "视频|执法"),
            e("发展和改革委员会", Sector.GENERAL, 3, OFFICE), e("财政局", Sector.GENERAL, 3, OFFICE),
            e("城市管理局", Sector.HOUSING, 4, "环境卫生|排水|供热"), e("畜牧兽医发展中心", Sector.AGRICULTURE, 5, "动物疫病"),
            e("农业技术推广中心", Sector.AGRICULTURE, 4, "良种|设施农业"), e("水利管理总站", Sector.WATER, 3, "运行管护|农田水利"),
            e("公路养护段", Sector.TRANSPORT, 3, "养护|危桥"), e("人民医院", Sector.HEALTH, 5, "医疗设备|业务用房"),
            e("中医医院", Sector.HEALTH, 3, "医疗设备|业务用房"), e("疾病预防控制中心", Sector.HEALTH, 3, "传染病|基本公共卫生"),
            e("妇幼保健院", Sector.HEALTH, 2, "体检|基本公共卫生"), e("职业技术学校", Sector.EDUCATION, 3, "信息化|校舍|资助|教师"),
            e("医疗保障局", Sector.HEALTH, 2, "体检"), e("退役军人事务局", Sector.CIVIL_AFFAIRS, 2, "优抚"),
            e("残疾人联合会", Sector.CIVIL_AFFAIRS, 2, "残疾人"), e("工业和信息化局", Sector.GENERAL, 2, OFFICE),
            e("商务局", Sector.GENERAL, 2, OFFICE), e("司法局", Sector.GENERAL, 2, OFFICE),
            e("市场监督管理局", Sector.GENERAL, 2, OFFICE), e("融媒体中心", Sector.CULTURE, 2, "新闻|户户通"),
            e("人民政府办公室", Sector.GENERAL, 2, OFFICE), e("审计局", Sector.GENERAL, 1, OFFICE),
            e("统计局", Sector.GENERAL, 1, OFFICE), e("档案馆", Sector.GENERAL, 1, "档案|信息化"),
            e("机关事务服务中心", Sector.GENERAL, 1, "业务用房|办公设备"), e("妇女联合会", Sector.GENERAL, 1, "专项|宣传"),
            e("总工会", Sector.GENERAL, 1, "专项|宣传"), e("科学技术协会", Sector.GENERAL, 1, "专项|宣传"),
            e("红十字会", Sector.CIVIL_AFFAIRS, 1, "临时救助"), e("供销合作社联合社", Sector.AGRICULTURE, 1, "设施农业"),
            e("消防救援大队", Sector.SAFETY, 1, "消防"), e("园林绿化管理站", Sector.FORESTRY, 1, "园林"),
            e("图书馆", Sector.CULTURE, 1, "图书"));

    /** A province's departments, after 自治区. */
    private static final List<Entry> REGION_DEPARTMENTS = List.of(
            e("教育厅", Sector.EDUCATION, 14), e("农业农村厅", Sector.AGRICULTURE, 14),
            e("住房和城乡建设厅", Sector.HOUSING, 10), e("水利厅", Sector.WATER, 10),
            e("交通运输厅", Sector.TRANSPORT, 10), e("卫生健康委员会", Sector.HEALTH, 9),
            e("乡村振兴局", Sector.RURAL, 9), e("民政厅", Sector.CIVIL_AFFAIRS, 6, "低保|特困|养老|临时|孤儿"),
            e("人力资源和社会保障厅", Sector.LABOUR, 6), e("林业和草原局", Sector.FORESTRY, 6, "退耕|天然林|防沙|草原|防护林|护林员"),
            e("自然资源厅", Sector.FORESTRY, 4, "国土|防护林"), e("文化和旅游厅", Sector.CULTURE, 5, "文化惠民|公共文化|旅游|非物质"),
            e("应急管理厅", Sector.SAFETY, 4, "应急物资|安全生产|防火|防汛"), e("公安厅", Sector.SAFETY, 4, "视频|执法"),
            e("发展和改革委员会", Sector.GENERAL, 3, OFFICE), e("财政厅", Sector.GENERAL, 3, OFFICE),
            e("生态环境厅", Sector.FORESTRY, 4, "防沙|防护林|天然林"), e("工业和信息化厅", Sector.GENERAL, 3, OFFICE),
            e("商务厅", Sector.GENERAL, 2, OFFICE), e("司法厅", Sector.GENERAL, 2, OFFICE),
            e("市场监督管理局", Sector.GENERAL, 2, OFFICE), e("体育局", Sector.CULTURE, 2, "全民健身"),
            e("医疗保障局", Sector.HEALTH, 2, "体检"), e("退役军人事务厅", Sector.CIVIL_AFFAIRS, 2, "优抚"),
            e("残疾人联合会", Sector.CIVIL_AFFAIRS, 2, "残疾人"), e("广播电视局", Sector.CULTURE, 2, "户户通|新闻"),
            e("人民医院", Sector.HEALTH, 4, "医疗设备|业务用房"), e("疾病预防控制中心", Sector.HEALTH, 3, "传染病|基本公共卫生"),
            e("审计厅", Sector.GENERAL, 1, OFFICE), e("统计局", Sector.GENERAL, 1, OFFICE),
            e("档案馆", Sector.GENERAL, 1, "档案|信息化"), e("机关事务管理局", Sector.GENERAL, 1, "业务用房|办公设备"),
            e("科学技术厅", Sector.GENERAL, 2, OFFICE), e("地方金融监督管理局", Sector.GENERAL, 1, OFFICE));

    /** Fictional townships of the sample county. */
    private static final List<String> TOWNSHIPS = List.of("红柳镇", "金沟镇", "三道河镇", "新华镇", "安宁镇", "白杨镇",
            "和平镇", "团结乡", "幸福乡", "胜利乡", "青松乡", "长青乡", "丰收乡", "光明乡");

    /** Fictional prefectures of the sample province. */
    private static final List<String> PREFECTURES = List.of("天山地区", "胡杨地区", "雪莲州", "绿洲州", "金泉市", "白杨地区",
            "玉河州", "雪峰地区");

    /** Fictional counties of the sample province. */
    private static final List<String> COUNTIES = List.of("红柳县", "沙泉县", "北塔县", "石泉县", "雪松县", "长宁县",
            "永丰县", "青河县", "金川县", "玉泉县", "东坡县", "西岭县", "南湖县", "桃源县", "松山县", "柳河县");

    private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    private UnitRoster() {}

    /**
     * The units of a sample.
     *
     * @param profile  the profile
     * @param count  how many units, 1 or more
     * @return the units, in a fixed order
     */
    static List<Member> of(SampleProfile profile, int count) {
        List<Member> members = new ArrayList<>(count);
        if (profile == SampleProfile.COUNTY) {
            county(profile.place(), members, count);
        } else {
            province(members, count);
        }
        return List.copyOf(members);
    }

    private static void county(String county, List<Member> members, int count) {
        add(members, count, county, COUNTY_BUREAUS, 100);
        for (String township : TOWNSHIPS) {
            add(members, count, township + "人民政府", Sector.TOWNSHIP, 6, 100, "");
            add(members, count, township + "卫生院", Sector.HEALTH, 1, 100, "基本公共卫生|家庭医生|业务用房|医疗设备");
            add(members, count, township + "中心学校", Sector.EDUCATION, 1, 100, SCHOOL);
        }
        // Then the county's numbered schools, as many as needed: 第一中学, 第一小学, 第一幼儿园, 第二中学 …
        for (int n = 1; members.size() < count; n++) {
            add(members, count, county + "第" + numeral(n) + "小学", Sector.EDUCATION, 1, 100, SCHOOL);
            add(members, count, county + "第" + numeral(n) + "幼儿园", Sector.EDUCATION, 1, 100, "学前|校舍");
            if (n % 3 == 1) {
                add(members, count, county + "第" + numeral(n / 3 + 1) + "中学", Sector.EDUCATION, 2, 100, SCHOOL);
            }
        }
    }

    private static void province(List<Member> members, int count) {
        add(members, count, "自治区", REGION_DEPARTMENTS, 400);
        for (String prefecture : PREFECTURES) {
            add(members, count, prefecture, COUNTY_BUREAUS.subList(0, 12), 200);
        }
        for (int round = 0; members.size() < count; round++) {
            for (String county : COUNTIES) {
                String name = round == 0 ? county : county + "第" + numeral(round + 1) + "分区";
                add(members, count, name, COUNTY_BUREAUS, 100);
            }
        }
    }

    private static void add(List<Member> members, int count, String place, List<Entry> entries, int budgetPercent) {
        for (Entry entry : entries) {
            add(members, count, place + entry.name(), entry.sector(), entry.weight(), budgetPercent, entry.keywords());
        }
    }

    private static void add(List<Member> members, int count, String name, Sector sector, int weight, int budgetPercent,
            String keywords) {
        if (members.size() < count) {
            members.add(new Member(BudgetUnit.of(name), sector, weight, budgetPercent, keywords));
        }
    }

    /** A number in Chinese numerals, 1 to 9,999 (一, 十二, 二十, 一百零五), in digits from 10,000. */
    static String numeral(int n) {
        if (n >= 10_000) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        if (n < 20) {
            return "十" + DIGITS[n % 10];
        }
        if (n < 100) {
            return DIGITS[n / 10] + "十" + DIGITS[n % 10];
        }
        if (n < 1000) {
            int rest = n % 100;
            return DIGITS[n / 100] + "百" + (rest == 0 ? "" : rest < 10 ? "零" + DIGITS[rest] : rest < 20 ? "一" + numeral(rest) : numeral(rest));
        }
        int rest = n % 1000;
        return DIGITS[n / 1000] + "千" + (rest == 0 ? "" : rest < 100 ? "零" + numeral(rest) : numeral(rest));
    }
}
