package cq.assist.core.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The parameters in force on one date for one region: for each {@link ParamKey} the row picked by
 * {@link PolicyParameters#at}. Immutable.
 */
public final class ParameterSet {

    private static final ParamKey[] KEYS = ParamKey.values();

    private final LocalDate date;
    private final String regionCode;
    private final ParameterRow[] rows;
    private final PolicyParameters source;

    ParameterSet(LocalDate date, String regionCode, ParameterRow[] rows, PolicyParameters source) {
        this.date = date;
        this.regionCode = regionCode;
        this.rows = rows;
        this.source = source;
    }

    public LocalDate date() {
        return date;
    }

    public String regionCode() {
        return regionCode;
    }

    /**
     * The row in force for {@code key}.
     *
     * @throws MissingParameterException when no row applies on this date in this region
     */
    public ParameterRow row(ParamKey key) {
        ParameterRow row = rows[key.ordinal()];
        if (row == null) {
            throw new MissingParameterException(key, regionCode, date);
        }
        return row;
    }

    /** The value in force for {@code key}; see {@link #row}. */
    public BigDecimal value(ParamKey key) {
        return row(key).value();
    }

    /** The name of a region as reasons print it; see {@link PolicyParameters#regionName}. */
    public String regionName(String code) {
        return source.regionName(code);
    }

    /** True when a row applies for {@code key}. */
    public boolean has(ParamKey key) {
        return rows[key.ordinal()] != null;
    }

    /** Every row in force, in key order. */
    public List<ParameterRow> rows() {
        List<ParameterRow> all = new ArrayList<>(rows.length);
        for (ParamKey key : KEYS) {
            if (rows[key.ordinal()] != null) {
                all.add(rows[key.ordinal()]);
            }
        }
        return Collections.unmodifiableList(all);
    }
}
