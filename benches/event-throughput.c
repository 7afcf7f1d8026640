/*
 * Domain lifecycle event throughput through libvirt's event loop.
 *
 *   event-throughput gvir [-n N] [-b] [-s]   gvir_init + gvir_event_register, iterate the default GMainContext
 *   event-throughput raw  [-n N] [-b] [-s]   virEventRegisterDefaultImpl, iterate virEventRunDefaultImpl
 *
 * Opens test:///default, registers one domain lifecycle callback, then defines and undefines N
 * domains (default 2000) and times how long the 2N events (Defined, Undefined) take to arrive.
 * With -s it suspends and resumes the driver's running domain "test" N times instead (events
 * Suspended, Resumed): the driver does far less work per event than for a define, which parses
 * XML, so the event loop's share of the cost is much larger.
 *
 * Default (lockstep): after each define or undefine the loop is iterated until that event has
 * arrived, so every event costs one wake-up and dispatch of the loop; that is where the event
 * loop implementation shows. With -b (batch) all 2N calls are made first and the loop then
 * drains the queue, which the test driver delivers in one flush: that mostly measures the driver.
 *
 * Output, one line:
 *   mode=gvir workload=define pattern=lockstep events=4000 seconds=0.123 events_per_s=32520 lib=/path
 * Under `valgrind --tool=callgrind --collect-atstart=no` only the timed part is counted (client
 * requests toggle collection around it). The exit status is non-zero when an event is missing
 * or wrong, or when 256 consecutive waits for events take more than 30 s.
 *
 * Build: gcc -O2 -o event-throughput event-throughput.c \
 *            $(pkg-config --cflags --libs libvirt-glib-1.0 libvirt) -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>
#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>
#include <libvirt-glib/libvirt-glib.h>

#if defined(__has_include)
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#endif
#endif
#ifndef CALLGRIND_TOGGLE_COLLECT
#define CALLGRIND_TOGGLE_COLLECT
#endif

#define WATCHDOG_SECONDS 30
#define WARMUP_ROUNDS 50

/* A workload: two calls that each raise one lifecycle event, repeated once per domain index. */
struct workload {
    const char *name;
    int first_event, second_event;
    virDomainPtr (*first)(virConnectPtr conn, long index);
    void (*second)(virDomainPtr dom);
};

static const struct workload *workload;
static long events_received;
static long events_wrong;
static int next_is_second;
static int use_gvir;

static int
on_lifecycle(virConnectPtr conn, virDomainPtr dom, int event, int detail, void *opaque)
{
    (void)conn; (void)dom; (void)detail; (void)opaque;
    /* Events alternate first, second; in batch mode too, as the calls are made in that order. */
    if (event != (next_is_second ? workload->second_event : workload->first_event))
        events_wrong++;
    next_is_second = !next_is_second;
    events_received++;
    return 0;
}

static void
on_watchdog(int sig)
{
    static const char msg[] = "event-throughput: events stopped arriving (watchdog)\n";
    (void)sig;
    if (write(STDERR_FILENO, msg, sizeof(msg) - 1) < 0) {
        /* nothing more to do */
    }
    _exit(3);
}

static void
iterate_once(void)
{
    if (use_gvir) {
        g_main_context_iteration(NULL, TRUE);
    } else if (virEventRunDefaultImpl() < 0) {
        fprintf(stderr, "virEventRunDefaultImpl failed: %s\n", virGetLastErrorMessage());
        exit(1);
    }
}

static void
wait_for(long count)
{
    static unsigned calls;

    /* Re-arm the watchdog now and then: alarm() is a system call, one per event would be
     * a noticeable part of what is measured. */
    if (calls++ % 256 == 0)
        alarm(WATCHDOG_SECONDS);
    while (events_received < count)
        iterate_once();
}

static virDomainPtr
define_domain(virConnectPtr conn, long index)
{
    char xml[256];
    virDomainPtr dom;

    snprintf(xml, sizeof(xml),
             "<domain type='test'><name>bench-%ld</name><memory>65536</memory>"
             "<os><type>hvm</type></os></domain>", index);
    dom = virDomainDefineXML(conn, xml);
    if (!dom) {
        fprintf(stderr, "define bench-%ld: %s\n", index, virGetLastErrorMessage());
        exit(1);
    }
    return dom;
}

static void
undefine_domain(virDomainPtr dom)
{
    if (virDomainUndefine(dom) < 0) {
        fprintf(stderr, "undefine: %s\n", virGetLastErrorMessage());
        exit(1);
    }
    virDomainFree(dom);
}

static virDomainPtr
suspend_test_domain(virConnectPtr conn, long index)
{
    virDomainPtr dom = virDomainLookupByName(conn, "test");
    (void)index;
    if (!dom || virDomainSuspend(dom) < 0) {
        fprintf(stderr, "suspend test: %s\n", virGetLastErrorMessage());
        exit(1);
    }
    return dom;
}

static void
resume_test_domain(virDomainPtr dom)
{
    if (virDomainResume(dom) < 0) {
        fprintf(stderr, "resume test: %s\n", virGetLastErrorMessage());
        exit(1);
    }
    virDomainFree(dom);
}

static const struct workload define_workload = {
    "define", VIR_DOMAIN_EVENT_DEFINED, VIR_DOMAIN_EVENT_UNDEFINED, define_domain, undefine_domain,
};
static const struct workload suspend_workload = {
    "suspend", VIR_DOMAIN_EVENT_SUSPENDED, VIR_DOMAIN_EVENT_RESUMED, suspend_test_domain,
    resume_test_domain,
};

/* Indexes [first, first + count), one event at a time. */
static void
run_lockstep(virConnectPtr conn, long first, long count)
{
    for (long i = first; i < first + count; i++) {
        virDomainPtr dom = workload->first(conn, i);
        wait_for(events_received + 1);
        workload->second(dom);
        wait_for(events_received + 1);
    }
}

/* Indexes [first, first + count): every call first, then the loop drains the 2 * count events. */
static void
run_batch(virConnectPtr conn, long first, long count)
{
    long target = events_received + 2 * count;

    for (long i = first; i < first + count; i++)
        workload->second(workload->first(conn, i));
    wait_for(target);
}

static double
now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
usage(const char *argv0)
{
    fprintf(stderr, "usage: %s gvir|raw [-n COUNT] [-b] [-s]\n", argv0);
    exit(2);
}

int
main(int argc, char **argv)
{
    long count = 2000;
    int batch = 0;
    virConnectPtr conn;
    int callback_id;
    void (*run)(virConnectPtr, long, long);
    double start, seconds;
    const char *lib = "libvirt";
    Dl_info info;

    workload = &define_workload;
    if (argc < 2)
        usage(argv[0]);
    if (strcmp(argv[1], "gvir") == 0)
        use_gvir = 1;
    else if (strcmp(argv[1], "raw") != 0)
        usage(argv[0]);
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "-b") == 0)
            batch = 1;
        else if (strcmp(argv[i], "-s") == 0)
            workload = &suspend_workload;
        else if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
            count = strtol(argv[++i], NULL, 10);
        else
            usage(argv[0]);
    }
    if (count <= 0)
        usage(argv[0]);
    run = batch ? run_batch : run_lockstep;
    signal(SIGALRM, on_watchdog);

    if (use_gvir) {
        gvir_init(&argc, &argv);
        gvir_event_register();
        /* Which libvirt-glib the dynamic linker picked: the reference or ours. */
        if (dladdr((void *)gvir_event_register, &info) && info.dli_fname)
            lib = info.dli_fname;
    } else if (virEventRegisterDefaultImpl() < 0) {
        fprintf(stderr, "virEventRegisterDefaultImpl: %s\n", virGetLastErrorMessage());
        return 1;
    }

    conn = virConnectOpen("test:///default");
    if (!conn) {
        fprintf(stderr, "open test:///default: %s\n", virGetLastErrorMessage());
        return 1;
    }
    callback_id = virConnectDomainEventRegisterAny(conn, NULL, VIR_DOMAIN_EVENT_ID_LIFECYCLE,
                                                   VIR_DOMAIN_EVENT_CALLBACK(on_lifecycle),
                                                   NULL, NULL);
    if (callback_id < 0) {
        fprintf(stderr, "register lifecycle callback: %s\n", virGetLastErrorMessage());
        return 1;
    }

    /* Warm up (first-use allocations, lazily resolved symbols), then the timed run. */
    run(conn, 0, WARMUP_ROUNDS);
    events_received = 0;

    CALLGRIND_TOGGLE_COLLECT;
    start = now_seconds();
    run(conn, WARMUP_ROUNDS, count);
    seconds = now_seconds() - start;
    CALLGRIND_TOGGLE_COLLECT;
    alarm(0);

    virConnectDomainEventDeregisterAny(conn, callback_id);
    virConnectClose(conn);

    printf("mode=%s workload=%s pattern=%s events=%ld seconds=%.6f events_per_s=%.0f lib=%s\n",
           use_gvir ? "gvir" : "raw", workload->name, batch ? "batch" : "lockstep", events_received, seconds,
           events_received / seconds, lib);
    if (events_received != 2 * count || events_wrong) {
        fprintf(stderr, "expected %ld events in alternating order, got %ld (%ld out of order)\n",
                2 * count, events_received, events_wrong);
        return 1;
    }
    return 0;
}
