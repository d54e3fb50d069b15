package cq.assist.workflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cq.assist.core.time.BusinessClock;
import cq.assist.workflow.clock.BusinessEngineClock;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flowable.common.engine.impl.calendar.CycleBusinessCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The nightly monitoring timer fires at 02:00 in Asia/Shanghai whatever the JVM's default zone: Flowable
 * resolves a {@code timeCycle} cron in the engine clock's zone, and {@link BusinessEngineClock} pins that zone
 * to {@link BusinessClock#ZONE}. The cron is read from the deployed BPMN, so a change of either shows here.
 */
class MonitoringScheduleTimeZoneTest {

    private TimeZone jvmDefault;

    @BeforeEach
    void serverInUtc() {
        jvmDefault = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(jvmDefault);
    }

    @Test
    void theNightlyRunIsDueAtTwoInTheMorningShanghaiTimeOnAServerInUtc() throws Exception {
        String cron = nightlyCron();
        assertThat(cron).isEqualTo("0 0 2 * * ?");

        BusinessEngineClock engineClock = clockAt("2026-11-30T10:45:00Z");
        assertThat(new CycleBusinessCalendar(engineClock).resolveDuedate(cron).toInstant())
                .as("02:00 Asia/Shanghai on 1 December is 18:00 UTC on 30 November")
                .isEqualTo(Instant.parse("2026-11-30T18:00:00Z"));

        BusinessEngineClock lateEvening = clockAt("2026-11-30T18:30:00Z");
        assertThat(new CycleBusinessCalendar(lateEvening).resolveDuedate(cron).toInstant())
                .as("just after 02:00 in Shanghai, the next run is the following night")
                .isEqualTo(Instant.parse("2026-12-01T18:00:00Z"));
    }

    private static BusinessEngineClock clockAt(String instant) {
        return new BusinessEngineClock(new BusinessClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)));
    }

    private static String nightlyCron() throws Exception {
        try (InputStream in =
                MonitoringScheduleTimeZoneTest.class.getResourceAsStream("/processes/monitoringSchedule.bpmn20.xml")) {
            String bpmn = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("<timeCycle>([^<]+)</timeCycle>").matcher(bpmn);
            assertThat(m.find()).as("the schedule has a timeCycle").isTrue();
            return m.group(1).strip();
        }
    }
}
