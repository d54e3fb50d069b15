package cq.assist.core.rules;

/**
 * Every reason sentence the rules produce, in Chinese (what clerks and residents read) with an English
 * twin (logs, tests). {@code {0}}…{@code {9}} are the arguments, already formatted.
 */
public enum ReasonKey {
    INCOME_BELOW("家庭人均月收入 {0} 元，低于{1} {2} 年低保标准 {3} 元", "per-capita income {0} is below the {2} standard {3} of {1}"),
    INCOME_NOT_BELOW(
            "家庭人均月收入 {0} 元，不低于{1} {2} 年低保标准 {3} 元", "per-capita income {0} is not below the {2} standard {3} of {1}"),
    INCOME_MISSING(
            "未查到{0}的{1}（数据来源 {2}），不能按零计算，需人工核实", "no {1} record for {0} (source {2}): not taken as zero, needs review"),
    KNOWN_INCOME_NOT_BELOW(
            "已查到的家庭人均月收入已达 {0} 元，不低于{1} {2} 年低保标准 {3} 元，缺少的数据不会使其降低",
            "the per-capita income found already reaches {0}, not below the {2} standard {3} of {1}; missing data cannot lower it"),
    NO_LIVING_MEMBER("户内无在世成员", "no living member in the household"),
    DIBAO_AMOUNT("保障金 = ({0} − {1}) × {2} 人 = {3} 元/月", "allowance = ({0} - {1}) x {2} persons = {3} yuan/month"),
    DIBAO_COVERED_BY_TEKUN("全体成员已符合特困供养条件，不重复纳入低保", "every member qualifies for tekun: no dibao as well"),
    ASSETS_WITHIN("家庭财产符合规定（人均存款及有价证券 {0} 元，上限 {1} 元）", "assets within limits (per capita {0}, cap {1})"),
    FINANCIAL_OVER(
            "人均存款及有价证券 {0} 元，超过上限 {1} 元（{2} 个月低保标准）",
            "per-capita deposits and securities {0} exceed the cap {1} ({2} months of the standard)"),
    VEHICLES_OVER("家庭拥有机动车 {0} 辆，超过规定的 {1} 辆", "household owns {0} vehicles, more than {1}"),
    HOMES_OVER("家庭拥有住房 {0} 套，超过规定的 {1} 套", "household owns {0} homes, more than {1}"),
    BUSINESSES_OVER("家庭成员登记经营实体 {0} 个，超过规定的 {1} 个", "members hold {0} businesses, more than {1}"),
    ASSET_MISSING("未查到{0}的{1}（数据来源 {2}），需人工核实", "no {1} record for {0} (source {2}): needs review"),
    PUBLIC_PAYROLL("{0}为财政供养人员，需人工核实", "{0} is on the public payroll: needs review"),
    EMPLOYMENT_CONFLICT(
            "{0}申报为失业，但查到工资收入 {1} 元/月，信息不一致，需人工核实",
            "{0} declared unemployed but a wage of {1} was found: needs review"),
    DISABILITY_NO_CERTIFICATE(
            "{0}申报{1}级残疾，但未查到残疾证，需人工核实",
            "{0} declared disability grade {1} but no certificate was found: needs review"),
    DISABILITY_GRADE_MISMATCH(
            "{0}申报{1}级残疾，残疾证记载为{2}级，以残疾证为准并需人工核实", "{0} declared grade {1}, the certificate says {2}: needs review"),
    TEKUN_PERSON("{0}{1}，无收入，且户内无其他有收入的成员", "{0} {1}, no income and no other earner in the household"),
    TEKUN_OLD("年满 {0} 周岁（{1} 岁）", "is {1}, at least {0}"),
    TEKUN_SEVERE_DISABILITY("持{0}级残疾证", "holds a grade {0} disability certificate"),
    TEKUN_UNABLE("申报无劳动能力", "declared unable to work"),
    TEKUN_AMOUNT("特困供养金 = {0} 元/月 × {1} 人 = {2} 元/月", "tekun allowance = {0} x {1} persons = {2} yuan/month"),
    TEKUN_NONE_UNABLE("户内没有无劳动能力的成年成员", "no adult member without working capacity"),
    TEKUN_HAS_INCOME("{0}有收入 {1} 元/月", "{0} has an income of {1} yuan/month"),
    TEKUN_HAS_SUPPORTER("户内有其他有收入的成员（{0}）", "another member earns ({0})"),
    EDGE_BETWEEN(
            "家庭人均月收入 {0} 元，介于低保标准 {1} 元与低保边缘线 {2} 元（{3} 倍）之间",
            "per-capita income {0} is between the standard {1} and the near-dibao line {2} ({3}x)"),
    EDGE_BELOW_STANDARD("家庭人均月收入 {0} 元，低于低保标准 {1} 元，应按低保审核", "income {0} below the standard {1}: assess for dibao"),
    EDGE_NOT_BELOW_LINE(
            "家庭人均月收入 {0} 元，不低于低保边缘线 {1} 元（{2} 倍低保标准）",
            "income {0} not below the near-dibao line {1} ({2}x the standard)"),
    MEDICAL_OVER("近 12 个月自付医疗费用 {0} 元，超过 {1} 元", "medical expenses of {0} in 12 months exceed {1}"),
    MEDICAL_NOT_OVER("近 12 个月自付医疗费用 {0} 元，未超过 {1} 元", "medical expenses of {0} in 12 months do not exceed {1}"),
    MEDICAL_MISSING("未查到{0}的医疗费用记录，需人工核实", "no medical-expense record for {0}: needs review"),
    RIGID_AFTER_BELOW(
            "扣除医疗支出后家庭人均月收入 {0} 元，低于低保标准 {1} 元",
            "per-capita income after medical expenses {0} is below the standard {1}"),
    RIGID_AFTER_NOT_BELOW(
            "扣除医疗支出后家庭人均月收入 {0} 元，不低于低保标准 {1} 元",
            "per-capita income after medical expenses {0} is not below the standard {1}"),
    TEMP_DECLARED("申报遭遇{0}，可给予临时救助 {1} 元", "declared {0}: temporary aid of {1} yuan"),
    TEMP_MEDICAL("近 12 个月自付医疗费用 {0} 元，达到突发大额医疗支出标准 {1} 元，可给予临时救助 {2} 元", "medical bill {0} reaches {1}: aid {2}"),
    TEMP_NONE("未申报灾害或意外，且无突发大额医疗支出", "no disaster, accident or sudden big medical bill"),
    DISABLED_MEMBER("{0}持{1}级残疾证，补贴 {2} 元/月", "{0} holds a grade {1} certificate: {2} yuan/month"),
    DISABLED_NONE("户内无持残疾证的成员", "no member holds a disability certificate"),
    DISABLED_NONE_SEVERE("户内无持一、二级残疾证的成员", "no member holds a grade 1-2 certificate"),
    BASE_GRANTED("本户符合{0}条件", "the household qualifies for {0}"),
    BASE_REVIEW("本户低保或特困条件尚需人工核实", "dibao or tekun eligibility needs review"),
    BASE_NOT_GRANTED("本户不符合低保或特困条件", "the household qualifies for neither dibao nor tekun"),
    SUBSIDY_TOTAL("合计 {0} 元/月", "total {0} yuan/month"),
    CHILD_ORPHAN("{0}未满 {1} 周岁，父母均已死亡", "{0} is under {1} and both parents have died"),
    CHILD_UNSUPPORTED(
            "{0}未满 {1} 周岁，户内无有抚养能力的父母，需核实是否属于事实无人抚养儿童",
            "{0} is under {1} with no parent able to care in the household: check for an unsupported child"),
    CHILD_HAS_PARENT("{0}（未满 {1} 周岁）有具备抚养能力的父母在户", "{0} (under {1}) has a parent able to care in the household"),
    CHILD_NEEDS_CHECK("需核实儿童的抚养情况", "the child's care needs to be checked"),
    CHILD_NOT_UNSUPPORTED("户内未成年人均有父母抚养", "every minor has a parent able to care"),
    CHILD_NONE("户内无未满 {0} 周岁的成员", "no member under {0}"),
    ELDER_MEMBER("{0}年满 {1} 周岁（{2} 岁），补贴 {3} 元/月", "{0} is {2}, at least {1}: {3} yuan/month"),
    ELDER_NONE("户内无年满 {0} 周岁的成员", "no member aged {0} or more"),
    FUNERAL_DECEASED("{0}已死亡，可减免基本殡葬服务费用", "{0} has died: basic funeral fees waived"),
    FUNERAL_NONE("户内无死亡成员", "no member has died"),
    DISASTER_DECLARED("申报遭受自然灾害", "declared a disaster"),
    DISASTER_NONE("未申报遭受自然灾害", "no disaster declared"),
    HOUSING_NO_HOME("本户无自有住房", "the household owns no home"),
    HOUSING_SMALL("人均住房面积 {0} 平方米，低于 {1} 平方米", "floor area per person {0} below {1}"),
    HOUSING_NONE("人均住房面积 {0} 平方米，无住房困难", "floor area per person {0}: no housing difficulty"),
    MEDICAL_HAS("近 12 个月有自付医疗费用 {0} 元", "medical expenses of {0} in 12 months"),
    MEDICAL_NONE("近 12 个月无自付医疗费用", "no medical expenses in 12 months"),
    STUDENT_HAS("{0}在读", "{0} is a student"),
    STUDENT_NONE("户内无在读学生", "no student in the household"),
    UNEMPLOYED_HAS("{0}处于劳动年龄（{1} 岁）且失业", "{0} is of working age ({1}) and unemployed"),
    UNEMPLOYED_NONE("户内无劳动年龄内的失业成员", "no unemployed member of working age"),
    LEGAL_HAS("申报有需要法律援助的事项", "declared a legal matter"),
    LEGAL_NONE("未申报需要法律援助的事项", "no legal matter declared"),
    JOINT_PUSHED("随{0}认定联动推送（{1}）", "pushed jointly with {0} ({1})"),
    JOINT_NOT_GRANTED("未获低保、特困{0}认定，不联动推送", "no dibao/tekun{0} grant: not pushed"),
    APPLY_FREE_GRANTED("{0}家庭免申即享", "apply-free for a {0} household"),
    CHARITY_CAUSES("项目帮扶方向（{0}）与本户致困原因相符", "the project helps with {0}, a cause of this household"),
    CHARITY_REGION_CITY("项目面向全市", "the project serves the whole city"),
    CHARITY_REGION("项目服务区域（{0}）覆盖本户所在地", "the project serves region {0}, where the household lives"),
    CHARITY_AGE("{0}的年龄（{1} 岁）符合项目要求", "{0}'s age ({1}) fits the project"),
    CHARITY_DIBAO("本户符合低保或特困条件，满足项目要求", "the household qualifies for dibao or tekun, as the project requires"),
    CHARITY_LOW_INCOME("家庭人均月收入 {0} 元，低于低保边缘线 {1} 元", "per-capita income {0} below the near-dibao line {1}"),
    CHARITY_MEDICAL("近 12 个月自付医疗费用 {0} 元，达到项目要求的 {1} 元", "medical expenses {0} reach the project's {1}"),
    CHARITY_FUND("项目剩余资金 {0} 元，每人最高资助 {1} 元", "remaining fund {0}, at most {1} per person");

    private final String zh;
    private final String en;

    ReasonKey(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Chinese template. */
    public String zh() {
        return zh;
    }

    /** English template. */
    public String en() {
        return en;
    }
}
