package cq.assist.core.login;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a phone's lock row in a transaction of its own, so that the caller's transaction only ever
 * takes an exclusive lock on an existing row (an INSERT IGNORE inside it would take a shared lock
 * first and deadlock with concurrent requests for the same phone).
 */
@Component
class PhoneLockRows {

    private final SmsCodeMapper codes;

    PhoneLockRows(SmsCodeMapper codes) {
        this.codes = codes;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensure(String phoneHash) {
        codes.insertPhoneLock(phoneHash);
    }
}
