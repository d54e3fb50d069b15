package cq.assist.core.charityrequest;

/**
 * The fields of a household a charity may see, each named to the resident in its consent (PIPL art. 29:
 * the consent lists exactly what is shared). A charity sees a field only while the consent that names it
 * stands.
 */
public enum SharedField {
    /** The applicant's full name. */
    NAME("申请人姓名", "applicant's name"),
    /** The applicant's full phone number, so the charity can call. */
    PHONE("联系电话", "phone number"),
    /** The community the household lives in (code and name). */
    COMMUNITY("所在社区", "community"),
    /** The causes of hardship the applicant declared. */
    HARDSHIP_CAUSES("致困原因", "causes of hardship"),
    /** How many people the household has. */
    HOUSEHOLD_SIZE("家庭人口数", "household size"),
    /** The household's own-paid medical expenses of the last 12 months (yuan), from the economic check. */
    MEDICAL_EXPENSES("近12个月自付医疗费用", "own-paid medical expenses, 12 months"),
    /** The assistance the household holds: granted items with amounts and accepted charity help. */
    ASSISTANCE_RECEIVED("已获得的救助及金额", "assistance already received");

    private final String zh;
    private final String en;

    SharedField(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The label shown to the resident, Chinese. */
    public String zh() {
        return zh;
    }

    /** The label in English. */
    public String en() {
        return en;
    }
}
