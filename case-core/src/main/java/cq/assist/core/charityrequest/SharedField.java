package cq.assist.core.charityrequest;

import cq.assist.core.common.CoreTexts;

/**
 * The fields of a household a charity may see, each named to the resident in its consent (PIPL art. 29:
 * the consent lists exactly what is shared). A charity sees a field only while the consent that names it
 * stands.
 */
public enum SharedField {
    /** The applicant's full name. */
    NAME,
    /** The applicant's full phone number, so the charity can call. */
    PHONE,
    /** The community the household lives in (code and name). */
    COMMUNITY,
    /** The causes of hardship the applicant declared. */
    HARDSHIP_CAUSES,
    /** How many people the household has. */
    HOUSEHOLD_SIZE,
    /** The household's own-paid medical expenses of the last 12 months (yuan), from the economic check. */
    MEDICAL_EXPENSES,
    /** The assistance the household holds: granted items with amounts and accepted charity help. */
    ASSISTANCE_RECEIVED;

    private final String zh;
    private final String en;

    SharedField() {
        this.zh = CoreTexts.zh("charity.field." + name());
        this.en = CoreTexts.en("charity.field." + name());
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
