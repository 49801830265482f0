#!/usr/bin/env python3
"""Start-up of two programs, run alternately RUNS times each (bench/startup/run.sh calls this).

Each program prints "startup-idle-unix-ns N" when its window is shown, painted and the event
loop idle (StartupProbe), then quits. Start-up time is N minus the launcher's clock just before
the program was started; peak memory is the process's maximum resident set (wait4), exit
included. Usage: measure.py RUNS NAME=COMMAND... [NAME=COMMAND...]
"""
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(command):
    launched = time.time_ns()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    output = process.stdout.read().decode(errors="replace")
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    idle = None
    for line in output.splitlines():
        if line.startswith("startup-idle-unix-ns "):
            idle = int(line.split()[1])
    if process.returncode != 0 or idle is None:
        sys.exit(f"{command[0]} failed (exit {process.returncode}): no start-up line in {output!r}")
    return (idle - launched) / 1e6, usage.ru_maxrss / 1024.0


def main():
    runs = int(sys.argv[1])
    programs = [arg.split("=", 1) for arg in sys.argv[2:]]
    results = {name: [] for name, _ in programs}
    for _ in range(runs):
        for name, command in programs:
            results[name].append(run_once(shlex.split(command)))
    for name, samples in results.items():
        times = [t for t, _ in samples]
        memory = [m for _, m in samples]
        print(f"{name} {statistics.median(times):.1f} {min(times):.1f} {max(times):.1f} "
              f"{statistics.median(memory):.1f}")


if __name__ == "__main__":
    main()
