package cq.assist.workflow.clock;

import cq.assist.core.time.BusinessClock;
import java.time.Duration;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import org.flowable.common.engine.impl.runtime.Clock;

/**
 * Flowable's engine clock reading the business clock, so timers, due dates and job locks follow the
 * demo clock on every node from the moment the engine starts. Flowable's {@code DefaultClockImpl}
 * would instead freeze time in a JVM-wide static field once set. Setting a later time moves the
 * business clock forward; an earlier time and {@link #reset()} are ignored, since business time only
 * moves forward.
 */
public class BusinessEngineClock implements Clock {

    private static final TimeZone ZONE = TimeZone.getTimeZone(BusinessClock.ZONE);

    private final BusinessClock businessClock;

    public BusinessEngineClock(BusinessClock businessClock) {
        this.businessClock = businessClock;
    }

    @Override
    public Date getCurrentTime() {
        return Date.from(businessClock.now());
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(ZONE);
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone timeZone) {
        Calendar calendar = Calendar.getInstance(timeZone);
        calendar.setTime(getCurrentTime());
        return calendar;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return ZONE;
    }

    @Override
    public void setCurrentTime(Date time) {
        if (time != null) {
            Duration ahead = Duration.between(businessClock.now(), time.toInstant());
            if (!ahead.isNegative() && !ahead.isZero()) {
                businessClock.advance(ahead);
            }
        }
    }

    @Override
    public void setCurrentCalendar(Calendar calendar) {
        setCurrentTime(calendar == null ? null : calendar.getTime());
    }

    @Override
    public void reset() {}
}
