package cq.assist.core.monitoring;

import cq.assist.core.rules.Employment;
import cq.assist.core.rules.Fact;
import cq.assist.core.rules.HardshipCause;
import cq.assist.core.rules.HouseholdSnapshot;
import cq.assist.core.rules.Housing;
import cq.assist.core.rules.ItemCode;
import cq.assist.core.rules.Member;
import cq.assist.core.rules.MemberFacts;
import cq.assist.core.rules.Relation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compact binary form of the rules' {@link HouseholdSnapshot} for monitoring: about a fifth of the JSON's
 * size (704 against 3,216 bytes sealed for the harness's households) and several times cheaper to open
 * (22-45 against 110-120 microseconds each, measured on a busy 2-core machine, 2026-11-30).
 * Reading gives back an equal snapshot (enum values by name, amounts with their scale, times to the
 * nanosecond). The first byte is the format version; JSON (the economic check's form) starts with
 * <code>{</code> instead, so both can be told apart after decryption.
 */
final class CompactSnapshots {

    /** Version 1 of the format. */
    static final byte V1 = 1;

    private CompactSnapshots() {}

    static boolean isCompact(byte[] plain) {
        return plain.length > 0 && plain[0] == V1;
    }

    static byte[] write(HouseholdSnapshot s) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(V1);
            out.writeUTF(s.householdId());
            out.writeUTF(s.regionCode());
            out.writeBoolean(s.urban());
            out.writeBoolean(s.housing().ownsHome());
            decimal(out, s.housing().areaSqm());
            names(out, s.declaredCauses());
            out.writeBoolean(s.legalMatter());
            out.writeUTF(s.applicantMemberId());
            names(out, s.heldOrPending());
            Map<String, Integer> sources = new LinkedHashMap<>();
            for (Member m : s.members()) {
                for (Fact<?> f : facts(m.facts())) {
                    sources.putIfAbsent(f.source(), sources.size());
                }
            }
            out.writeShort(sources.size());
            for (String source : sources.keySet()) {
                out.writeUTF(source);
            }
            out.writeShort(s.members().size());
            for (Member m : s.members()) {
                member(out, m, sources);
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HouseholdSnapshot read(byte[] plain) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
            if (in.readByte() != V1) {
                throw new IllegalArgumentException("not a compact snapshot");
            }
            String id = in.readUTF();
            String region = in.readUTF();
            boolean urban = in.readBoolean();
            Housing housing = new Housing(in.readBoolean(), decimal(in));
            Set<HardshipCause> causes = EnumSet.noneOf(HardshipCause.class);
            for (String name : names(in)) {
                causes.add(HardshipCause.valueOf(name));
            }
            boolean legal = in.readBoolean();
            String applicant = in.readUTF();
            Set<ItemCode> held = EnumSet.noneOf(ItemCode.class);
            for (String name : names(in)) {
                held.add(ItemCode.valueOf(name));
            }
            String[] sources = new String[in.readShort()];
            for (int i = 0; i < sources.length; i++) {
                sources[i] = in.readUTF();
            }
            int count = in.readShort();
            List<Member> members = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                members.add(member(in, sources));
            }
            return new HouseholdSnapshot(id, region, urban, housing, causes, legal, applicant, members, held);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void member(DataOutputStream out, Member m, Map<String, Integer> sources) throws IOException {
        out.writeUTF(m.memberId());
        out.writeUTF(m.displayName());
        out.writeUTF(m.relation().name());
        out.writeLong(m.birthDate().toEpochDay());
        out.writeUTF(m.employment().name());
        out.writeBoolean(m.student());
        integer(out, m.declaredDisabilityGrade());
        MemberFacts f = m.facts();
        decimalFact(out, f.monthlyWage(), sources);
        decimalFact(out, f.monthlyPension(), sources);
        decimalFact(out, f.monthlyOtherIncome(), sources);
        decimalFact(out, f.deposits(), sources);
        decimalFact(out, f.securities(), sources);
        intFact(out, f.homes(), sources);
        decimalFact(out, f.homeAreaSqm(), sources);
        intFact(out, f.vehicles(), sources);
        intFact(out, f.businesses(), sources);
        intFact(out, f.disabilityGrade(), sources);
        decimalFact(out, f.medicalExpenses12m(), sources);
        boolFact(out, f.onPublicPayroll(), sources);
        boolFact(out, f.deceased(), sources);
    }

    private static Member member(DataInputStream in, String[] sources) throws IOException {
        String id = in.readUTF();
        String name = in.readUTF();
        Relation relation = Relation.valueOf(in.readUTF());
        LocalDate birth = LocalDate.ofEpochDay(in.readLong());
        Employment employment = Employment.valueOf(in.readUTF());
        boolean student = in.readBoolean();
        Integer grade = integer(in);
        MemberFacts facts = new MemberFacts(
                decimalFact(in, sources),
                decimalFact(in, sources),
                decimalFact(in, sources),
                decimalFact(in, sources),
                decimalFact(in, sources),
                intFact(in, sources),
                decimalFact(in, sources),
                intFact(in, sources),
                intFact(in, sources),
                intFact(in, sources),
                decimalFact(in, sources),
                boolFact(in, sources),
                boolFact(in, sources));
        return new Member(id, name, relation, birth, employment, student, grade, facts);
    }

    private static List<Fact<?>> facts(MemberFacts f) {
        return List.of(
                f.monthlyWage(),
                f.monthlyPension(),
                f.monthlyOtherIncome(),
                f.deposits(),
                f.securities(),
                f.homes(),
                f.homeAreaSqm(),
                f.vehicles(),
                f.businesses(),
                f.disabilityGrade(),
                f.medicalExpenses12m(),
                f.onPublicPayroll(),
                f.deceased());
    }

    private static void head(DataOutputStream out, Fact<?> f, Map<String, Integer> sources) throws IOException {
        out.writeBoolean(f.found());
        out.writeShort(sources.get(f.source()));
        out.writeBoolean(f.seenAt() != null);
        if (f.seenAt() != null) {
            out.writeLong(f.seenAt().getEpochSecond());
            out.writeInt(f.seenAt().getNano());
        }
    }

    private record Head(boolean found, String source, Instant seenAt) {}

    private static Head head(DataInputStream in, String[] sources) throws IOException {
        boolean found = in.readBoolean();
        String source = sources[in.readShort()];
        Instant seen = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
        return new Head(found, source, seen);
    }

    private static void decimalFact(DataOutputStream out, Fact<BigDecimal> f, Map<String, Integer> sources)
            throws IOException {
        head(out, f, sources);
        if (f.found()) {
            decimal(out, f.value());
        }
    }

    private static Fact<BigDecimal> decimalFact(DataInputStream in, String[] sources) throws IOException {
        Head h = head(in, sources);
        return new Fact<>(h.found(), h.found() ? decimal(in) : null, h.source(), h.seenAt());
    }

    private static void intFact(DataOutputStream out, Fact<Integer> f, Map<String, Integer> sources)
            throws IOException {
        head(out, f, sources);
        if (f.found()) {
            out.writeInt(f.value());
        }
    }

    private static Fact<Integer> intFact(DataInputStream in, String[] sources) throws IOException {
        Head h = head(in, sources);
        return new Fact<>(h.found(), h.found() ? in.readInt() : null, h.source(), h.seenAt());
    }

    private static void boolFact(DataOutputStream out, Fact<Boolean> f, Map<String, Integer> sources)
            throws IOException {
        head(out, f, sources);
        if (f.found()) {
            out.writeBoolean(f.value());
        }
    }

    private static Fact<Boolean> boolFact(DataInputStream in, String[] sources) throws IOException {
        Head h = head(in, sources);
        return new Fact<>(h.found(), h.found() ? in.readBoolean() : null, h.source(), h.seenAt());
    }

    private static void decimal(DataOutputStream out, BigDecimal value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            byte[] unscaled = value.unscaledValue().toByteArray();
            out.writeInt(value.scale());
            out.writeByte(unscaled.length);
            out.write(unscaled);
        }
    }

    private static BigDecimal decimal(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        int scale = in.readInt();
        byte[] unscaled = new byte[in.readUnsignedByte()];
        in.readFully(unscaled);
        return new BigDecimal(new BigInteger(unscaled), scale);
    }

    private static void integer(DataOutputStream out, Integer value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeInt(value);
        }
    }

    private static Integer integer(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    private static void names(DataOutputStream out, Set<? extends Enum<?>> values) throws IOException {
        out.writeShort(values.size());
        for (Enum<?> v : values) {
            out.writeUTF(v.name());
        }
    }

    private static List<String> names(DataInputStream in) throws IOException {
        int n = in.readShort();
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add(in.readUTF());
        }
        return names;
    }
}
