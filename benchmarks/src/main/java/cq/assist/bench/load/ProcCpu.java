package cq.assist.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * CPU time of a process read from {@code /proc/<pid>/stat} (Linux): {@code utime + stime}, fields 14 and
 * 15, in clock ticks of 10 ms ({@code getconf CLK_TCK} = 100 on these machines). Source: proc(5).
 */
final class ProcCpu {

    /** Clock ticks per second of the kernel's accounting (USER_HZ). */
    static final int TICKS_PER_SECOND = 100;

    private ProcCpu() {}

    /** Milliseconds of CPU (user + system) the process has used so far; 0 when it is gone. */
    static long millis(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String text = Files.readString(stat);
            // the command name (field 2) may hold spaces: fields after it start behind the last ')'
            String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks * 1000 / TICKS_PER_SECOND;
        } catch (java.nio.file.NoSuchFileException gone) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pid of the first process whose command name is {@code comm} (e.g. {@code mariadbd}), if any. */
    static OptionalLong find(String comm) {
        try (var dirs = Files.list(Path.of("/proc"))) {
            return dirs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            return Files.readString(p.resolve("comm")).trim().equals(comm);
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
