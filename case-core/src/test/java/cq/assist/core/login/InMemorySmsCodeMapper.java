package cq.assist.core.login;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** An in-memory {@link SmsCodeMapper} with the same semantics as its SQL, for unit tests. */
class InMemorySmsCodeMapper implements SmsCodeMapper {

    static final class Row {
        final long id;
        final SmsCodeRow data;
        int failedAttempts;
        Instant usedAt;

        Row(long id, SmsCodeRow data) {
            this.id = id;
            this.data = data;
        }

        boolean outstanding(String phoneHash, Instant now) {
            return data.phoneHash().equals(phoneHash)
                    && usedAt == null
                    && data.expiresAt().isAfter(now);
        }
    }

    final List<Row> rows = new ArrayList<>();

    @Override
    public void insert(SmsCodeRow row) {
        rows.add(new Row(rows.size() + 1, row));
    }

    @Override
    public List<Instant> selectCreatedSinceByPhone(String phoneHash, Instant since) {
        return rows.stream()
                .filter(r -> r.data.phoneHash().equals(phoneHash)
                        && r.data.createdAt().isAfter(since))
                .map(r -> r.data.createdAt())
                .sorted()
                .toList();
    }

    @Override
    public List<Instant> selectCreatedSinceByIp(String clientIpHash, Instant since) {
        return rows.stream()
                .filter(r -> Objects.equals(r.data.clientIpHash(), clientIpHash)
                        && r.data.createdAt().isAfter(since))
                .map(r -> r.data.createdAt())
                .sorted()
                .toList();
    }

    @Override
    public Long selectOutstandingId(String phoneHash, String codeHash, String clientIpHash, Instant now) {
        return rows.stream()
                .filter(r -> r.outstanding(phoneHash, now) && r.data.codeHash().equals(codeHash))
                .filter(r -> clientIpHash == null || clientIpHash.equals(r.data.clientIpHash()))
                .max(Comparator.comparingLong(r -> r.id))
                .map(r -> r.id)
                .orElse(null);
    }

    @Override
    public int updateUsed(long id, Instant usedAt) {
        Row row = rows.get((int) id - 1);
        if (row.usedAt != null) {
            return 0;
        }
        row.usedAt = usedAt;
        return 1;
    }

    @Override
    public int updateFailedAttempts(String phoneHash, Instant now) {
        List<Row> hit = rows.stream().filter(r -> r.outstanding(phoneHash, now)).toList();
        hit.forEach(r -> r.failedAttempts++);
        return hit.size();
    }

    @Override
    public int updateUsedAfterFailures(String phoneHash, int maxFailures, Instant now) {
        List<Row> hit = rows.stream()
                .filter(r -> r.outstanding(phoneHash, now) && r.failedAttempts >= maxFailures)
                .toList();
        hit.forEach(r -> r.usedAt = now);
        return hit.size();
    }

    @Override
    public void insertPhoneLock(String phoneHash) {
        // single-threaded unit tests need no lock row
    }

    final java.util.Map<String, PhoneLockRow> locks = new java.util.HashMap<>();

    @Override
    public PhoneLockRow selectPhoneLock(String phoneHash) {
        return locks.get(phoneHash);
    }

    @Override
    public int deleteIdleFailureRows(Instant before) {
        int size = locks.size();
        locks.values()
                .removeIf(r -> r.failedWindowStart() != null
                        && r.failedWindowStart().isBefore(before)
                        && (r.lockedUntil() == null || r.lockedUntil().isBefore(before)));
        return size - locks.size();
    }

    @Override
    public PhoneLockRow selectPhoneLockForUpdate(String phoneHash) {
        return locks.getOrDefault(phoneHash, new PhoneLockRow(phoneHash, 0, null, null));
    }

    @Override
    public int updatePhoneLock(String phoneHash, int failedCount, Instant windowStart, Instant lockedUntil) {
        locks.put(phoneHash, new PhoneLockRow(phoneHash, failedCount, windowStart, lockedUntil));
        return 1;
    }
}
