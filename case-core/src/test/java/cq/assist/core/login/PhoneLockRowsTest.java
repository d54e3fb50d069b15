package cq.assist.core.login;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;

/** The per-phone lock row that serialises code requests is ensured by its blind index. */
class PhoneLockRowsTest {

    @Test
    void ensuresTheLockRowOfThePhone() {
        SmsCodeMapper codes = mock(SmsCodeMapper.class);

        new PhoneLockRows(codes).ensure("phone-hash");

        verify(codes).insertPhoneLock("phone-hash");
    }
}
