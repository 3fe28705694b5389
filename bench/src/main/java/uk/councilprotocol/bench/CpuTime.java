package uk.councilprotocol.bench;

import uk.councilprotocol.deploy.Platform;
import uk.councilprotocol.deploy.ServiceSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the machine's processor time went during a run, process by process, from Linux's /proc: each service, the
 * PostgreSQL server (every backend), the Kafka broker and this bench itself (the load client and the mail server), so
 * a throughput figure can say which part of the platform the cores were busy in. A PostgreSQL backend that ends during
 * the run takes its time with it; the pools keep theirs open, so little is missed.
 */
final class CpuTime {
    static final String POSTGRES = "PostgreSQL";
    static final String KAFKA = "Kafka";
    static final String BENCH = "the bench (load client, mail server)";
    static final String OTHER = "anything else";

    /** Linux counts a process's time in ticks of USER_HZ, 100 a second on every architecture it runs on. */
    private static final double TICKS_PER_SECOND = 100;

    private final Map<String, Long> ticks;
    private final long machineBusy;
    private final long machineAll;

    private CpuTime(Map<String, Long> ticks, long machineBusy, long machineAll) {
        this.ticks = ticks;
        this.machineBusy = machineBusy;
        this.machineAll = machineAll;
    }

    /** The processes' times so far; empty where /proc cannot be read (not Linux). */
    static CpuTime now(Platform platform) {
        Map<Long, String> services = new LinkedHashMap<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            services.put(platform.service(spec).handle().pid(), spec.module());
        }
        return now(services);
    }

    /** @param services the services' processes, by id, with their names */
    static CpuTime now(Map<Long, String> services) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        services.values().forEach(name -> ticks.put(name, 0L));
        for (String part : new String[] {POSTGRES, KAFKA, BENCH, OTHER}) {
            ticks.put(part, 0L);
        }
        long self = ProcessHandle.current().pid();
        try (var processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                long pid = Long.parseLong(p.getFileName().toString());
                long used = ticksOf(p);
                if (used > 0) {
                    ticks.merge(services.getOrDefault(pid, pid == self ? BENCH : partOf(p)), used, Long::sum);
                }
            });
            long[] machine = machine();
            return new CpuTime(ticks, machine[0], machine[1]);
        } catch (IOException | RuntimeException notLinux) {
            return new CpuTime(Map.of(), 0, 0);
        }
    }

    /** Processor seconds each part used between {@code before} and now, in the order the parts were listed. */
    Map<String, Double> secondsSince(CpuTime before) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        ticks.forEach((part, used) -> seconds.put(part, (used - before.ticks.getOrDefault(part, 0L)) / TICKS_PER_SECOND));
        return seconds;
    }

    /** How busy the whole machine was between {@code before} and now, 0 to 1 (every core counted); NaN if unknown. */
    double machineBusySince(CpuTime before) {
        long all = machineAll - before.machineAll;
        return all <= 0 ? Double.NaN : (double) (machineBusy - before.machineBusy) / all;
    }

    private static String partOf(Path process) {
        try {
            String command = Files.readString(process.resolve("comm")).trim();
            if (command.startsWith("postgres")) {
                return POSTGRES;
            }
            String arguments = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
            return arguments.contains("kafka.Kafka") ? KAFKA : OTHER;
        } catch (IOException gone) {
            return OTHER;
        }
    }

    /** User and system time of a process (its threads', that is), 0 if it has gone. */
    private static long ticksOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            // the command name, in brackets, may hold spaces: the fields are counted from after its closing bracket
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);   // utime, stime: fields 14 and 15
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** The machine's busy and total ticks, every core, from the first line of /proc/stat. */
    private static long[] machine() throws IOException {
        String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long all = 0;
        for (int i = 1; i < Math.min(cpu.length, 9); i++) {   // user nice system idle iowait irq softirq steal
            all += Long.parseLong(cpu[i]);
        }
        long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
        return new long[] {all - idle, all};
    }
}
