package cq.assist.core.rules;

import java.time.LocalDate;

/** No parameter row applies for a key on a date in a region: the parameter data is incomplete. */
public class MissingParameterException extends IllegalStateException {

    public MissingParameterException(ParamKey key, String regionCode, LocalDate date) {
        super("no parameter " + key + " in force on " + date + " for region " + regionCode);
    }
}
