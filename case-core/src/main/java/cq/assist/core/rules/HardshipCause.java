package cq.assist.core.rules;

/** Causes of hardship (致困原因), declared by the applicant or inferred by the rules. */
public enum HardshipCause {
    ILLNESS("因病"),
    DISABILITY("因残"),
    EDUCATION("因学"),
    DISASTER("因灾"),
    ACCIDENT("因意外"),
    UNEMPLOYMENT("失业"),
    NO_EARNER("缺劳力"),
    OLD_AGE("年老"),
    OTHER("其他");

    private final String zh;

    HardshipCause(String zh) {
        this.zh = zh;
    }

    /** Chinese label. */
    public String zh() {
        return zh;
    }
}
