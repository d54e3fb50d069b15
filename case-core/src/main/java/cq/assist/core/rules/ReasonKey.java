package cq.assist.core.rules;

/** The reason templates, Chinese and English; {@code {0}}…{@code {9}} are the arguments. */
public enum ReasonKey {
    PLACEHOLDER("规则尚未实现", "rule not implemented yet");

    private final String zh;
    private final String en;

    ReasonKey(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
