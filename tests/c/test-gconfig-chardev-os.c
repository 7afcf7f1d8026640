/*
 * LibvirtGConfig: character devices and their sources, <os>, <clock> and its timers,
 * <seclabel>, <pm>, and the GVirConfigDomain methods that take them.
 *
 * Every case builds XML through the API and compares gvir_config_object_to_xml() byte for byte
 * with what libvirt-gconfig 4.0.0 writes for the same calls. Built against libvirt-glib-rs,
 * against Debian's libvirt-gconfig with TESTING_REFERENCE defined (the cases where we
 * deliberately differ from it, because of its bugs, are skipped there), and against Debian's
 * headers but run on libvirt-glib-rs (the drop-in check, with TESTING_DROPIN defined); see
 * meson.build.
 */
#include <libvirt-gconfig/libvirt-gconfig.h>

static void assert_xml(gpointer object, const char *expected)
{
    gchar *xml = gvir_config_object_to_xml(GVIR_CONFIG_OBJECT(object));
    g_assert_cmpstr(xml, ==, expected);
    g_free(xml);
}

static void test_pty_source(void)
{
    GVirConfigDomainChardevSourcePty *pty = gvir_config_domain_chardev_source_pty_new();
    GVirConfigDomainSerial *serial = gvir_config_domain_serial_new();
    GVirConfigDomainChardevSource *source;

    assert_xml(pty, "<dummy type=\"pty\"/>");
    g_assert_null(gvir_config_domain_chardev_source_pty_get_path(pty));
    gvir_config_domain_chardev_source_pty_set_path(pty, "/dev/pts/3");
    gvir_config_domain_chardev_source_pty_set_path(pty, "/dev/pts/4");
    assert_xml(pty, "<dummy type=\"pty\">\n  <source path=\"/dev/pts/4\"/>\n</dummy>");
    g_assert_cmpstr(gvir_config_domain_chardev_source_pty_get_path(pty), ==, "/dev/pts/4");

    gvir_config_domain_chardev_set_source(GVIR_CONFIG_DOMAIN_CHARDEV(serial), GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE(pty));
    assert_xml(serial, "<serial type=\"pty\">\n  <source path=\"/dev/pts/4\"/>\n</serial>");
    assert_xml(pty, "<dummy type=\"pty\"/>");

    source = gvir_config_domain_chardev_get_source(GVIR_CONFIG_DOMAIN_CHARDEV(serial));
    g_assert_true(GVIR_CONFIG_IS_DOMAIN_CHARDEV_SOURCE_PTY(source));
    gvir_config_domain_chardev_source_pty_set_path(GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE_PTY(source), "/dev/pts/9");
    assert_xml(serial, "<serial type=\"pty\">\n  <source path=\"/dev/pts/9\"/>\n</serial>");

    g_object_unref(source);
    g_object_unref(serial);
    g_object_unref(pty);
}

static void test_chardevs(void)
{
    GVirConfigDomainChardevSourceSpicePort *port = gvir_config_domain_chardev_source_spiceport_new();
    GVirConfigDomainChardevSourceSpiceVmc *vmc = gvir_config_domain_chardev_source_spicevmc_new();
    GVirConfigDomainChardevSourceUnix *sock = gvir_config_domain_chardev_source_unix_new();
    GVirConfigDomainParallel *parallel = gvir_config_domain_parallel_new();
    GVirConfigDomainConsole *console = gvir_config_domain_console_new();
    GVirConfigDomainChannel *channel = gvir_config_domain_channel_new();
    GVirConfigDomainRedirdev *redirdev = gvir_config_domain_redirdev_new();

    gvir_config_domain_chardev_source_spiceport_set_channel(port, "org.qemu.console.serial.0");
    assert_xml(port, "<dummy type=\"spiceport\">\n  <source channel=\"org.qemu.console.serial.0\"/>\n</dummy>");
    g_assert_cmpstr(gvir_config_domain_chardev_source_spiceport_get_channel(port), ==, "org.qemu.console.serial.0");
    assert_xml(vmc, "<dummy type=\"spicevmc\"/>");
    assert_xml(sock, "<dummy type=\"unix\"/>");

    gvir_config_domain_chardev_set_source(GVIR_CONFIG_DOMAIN_CHARDEV(parallel), GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE(sock));
    assert_xml(parallel, "<parallel type=\"unix\"/>");

    gvir_config_domain_console_set_target_type(console, GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_VIRTIO);
    gvir_config_domain_chardev_set_source(GVIR_CONFIG_DOMAIN_CHARDEV(console),
                                          GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE(port));
    gvir_config_domain_console_set_target_type(console, GVIR_CONFIG_DOMAIN_CONSOLE_TARGET_SERIAL);
    assert_xml(console, "<console type=\"spiceport\">\n  <target type=\"serial\"/>\n"
                        "  <source channel=\"org.qemu.console.serial.0\"/>\n</console>");

    g_assert_cmpint(gvir_config_domain_channel_get_target_type(channel), ==, GVIR_CONFIG_DOMAIN_CHANNEL_TARGET_GUESTFWD);
    g_assert_null(gvir_config_domain_channel_get_target_name(channel));
    gvir_config_domain_channel_set_target_name(channel, "com.redhat.spice.0");
    gvir_config_domain_channel_set_target_type(channel, GVIR_CONFIG_DOMAIN_CHANNEL_TARGET_VIRTIO);
    gvir_config_domain_channel_set_target_name(channel, "org.qemu.guest_agent.0");
    gvir_config_domain_chardev_set_source(GVIR_CONFIG_DOMAIN_CHARDEV(channel), GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE(vmc));
    assert_xml(channel, "<channel type=\"spicevmc\">\n  <target type=\"virtio\" name=\"org.qemu.guest_agent.0\"/>\n</channel>");
    g_assert_cmpint(gvir_config_domain_channel_get_target_type(channel), ==, GVIR_CONFIG_DOMAIN_CHANNEL_TARGET_VIRTIO);
    g_assert_cmpstr(gvir_config_domain_channel_get_target_name(channel), ==, "org.qemu.guest_agent.0");

    gvir_config_domain_redirdev_set_bus(redirdev, GVIR_CONFIG_DOMAIN_REDIRDEV_BUS_USB);
    gvir_config_domain_chardev_set_source(GVIR_CONFIG_DOMAIN_CHARDEV(redirdev), GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE(vmc));
    assert_xml(redirdev, "<redirdev type=\"spicevmc\" bus=\"usb\"/>");
    gvir_config_domain_redirdev_set_address(redirdev, NULL);
    assert_xml(redirdev, "<redirdev type=\"spicevmc\" bus=\"usb\"/>");

    g_object_unref(port);
    g_object_unref(vmc);
    g_object_unref(sock);
    g_object_unref(parallel);
    g_object_unref(console);
    g_object_unref(channel);
    g_object_unref(redirdev);
}

static void test_chardev_factory(void)
{
    const char *xml = "<domain><devices><serial type='pty'><source path='/dev/pts/1'/></serial><parallel/>"
                      "<console/><channel/><redirdev/></devices></domain>";
    const char *expected[] = { "GVirConfigDomainSerial", "GVirConfigDomainParallel", "GVirConfigDomainConsole",
                               "GVirConfigDomainChannel", "GVirConfigDomainRedirdev" };
    GVirConfigDomain *domain = gvir_config_domain_new_from_xml(xml, NULL);
    GList *devices = gvir_config_domain_get_devices(domain);
    GVirConfigDomainChardevSource *source;
    GList *item;
    guint i = 0;

    for (item = devices; item != NULL; item = item->next, i++)
        g_assert_cmpstr(G_OBJECT_TYPE_NAME(item->data), ==, expected[i]);
    g_assert_cmpuint(i, ==, G_N_ELEMENTS(expected));
    source = gvir_config_domain_chardev_get_source(GVIR_CONFIG_DOMAIN_CHARDEV(devices->data));
    g_assert_cmpstr(gvir_config_domain_chardev_source_pty_get_path(GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE_PTY(source)), ==, "/dev/pts/1");
    g_object_unref(source);
    g_list_free_full(devices, g_object_unref);
    g_object_unref(domain);
}

static void test_os(void)
{
    GVirConfigDomainOs *os = gvir_config_domain_os_new();
    GList *boot = NULL;
    GList *got;

    g_assert_cmpint(gvir_config_domain_os_get_os_type(os), ==, GVIR_CONFIG_DOMAIN_OS_TYPE_HVM);
    g_assert_cmpint(gvir_config_domain_os_get_firmware(os), ==, GVIR_CONFIG_DOMAIN_OS_FIRMWARE_BIOS);
    g_assert_null(gvir_config_domain_os_get_arch(os));
    g_assert_null(gvir_config_domain_os_get_boot_devices(os));

    gvir_config_domain_os_set_os_type(os, GVIR_CONFIG_DOMAIN_OS_TYPE_HVM);
    gvir_config_domain_os_set_machine(os, "pc");
    gvir_config_domain_os_set_arch(os, "i686");
    gvir_config_domain_os_set_kernel(os, "/k");
    gvir_config_domain_os_set_ramdisk(os, "/r");
    gvir_config_domain_os_set_cmdline(os, "c");
    gvir_config_domain_os_set_init(os, "/i");
    gvir_config_domain_os_set_loader(os, "/l");
    gvir_config_domain_os_set_kernel(os, NULL);
    boot = g_list_append(boot, GINT_TO_POINTER(GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_CDROM));
    boot = g_list_append(boot, GINT_TO_POINTER(GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_HD));
    gvir_config_domain_os_set_boot_devices(os, boot);
    g_list_free(boot);
    gvir_config_domain_os_set_smbios_mode(os, GVIR_CONFIG_DOMAIN_OS_SMBIOS_MODE_HOST);
    gvir_config_domain_os_set_smbios_mode(os, GVIR_CONFIG_DOMAIN_OS_SMBIOS_MODE_SYSINFO);
    gvir_config_domain_os_enable_boot_menu(os, TRUE);
    gvir_config_domain_os_enable_boot_menu(os, FALSE);
    gvir_config_domain_os_bios_enable_serial(os, TRUE);
    gvir_config_domain_os_set_firmware(os, GVIR_CONFIG_DOMAIN_OS_FIRMWARE_EFI);
    assert_xml(os, "<os firmware=\"efi\">\n"
                   "  <type machine=\"pc\" arch=\"i686\">hvm</type>\n"
                   "  <initrd>/r</initrd>\n  <cmdline>c</cmdline>\n  <init>/i</init>\n  <loader>/l</loader>\n"
                   "  <boot dev=\"cdrom\"/>\n  <boot dev=\"hd\"/>\n  <smbios mode=\"sysinfo\"/>\n"
                   "  <bootmenu enable=\"no\"/>\n  <bios useserial=\"yes\"/>\n</os>");
    got = gvir_config_domain_os_get_boot_devices(os);
    g_assert_cmpuint(g_list_length(got), ==, 2);
    g_assert_cmpint(GPOINTER_TO_INT(got->data), ==, GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_CDROM);
    g_list_free(got);
    g_assert_cmpstr(gvir_config_domain_os_get_arch(os), ==, "i686");
    g_assert_cmpstr(gvir_config_domain_os_get_machine(os), ==, "pc");
    g_assert_cmpint(gvir_config_domain_os_get_firmware(os), ==, GVIR_CONFIG_DOMAIN_OS_FIRMWARE_EFI);

    /* A new OS type replaces <type>, architecture and machine included. */
    gvir_config_domain_os_set_os_type(os, GVIR_CONFIG_DOMAIN_OS_TYPE_XEN);
    g_assert_cmpint(gvir_config_domain_os_get_os_type(os), ==, GVIR_CONFIG_DOMAIN_OS_TYPE_XEN);
    g_assert_null(gvir_config_domain_os_get_arch(os));
    g_object_unref(os);

    os = gvir_config_domain_os_new_from_xml("<os><type arch='aarch64' machine='virt'>hvm</type>"
                                            "<boot dev='network'/><boot/><boot dev='fd'/></os>", NULL);
    got = gvir_config_domain_os_get_boot_devices(os);
    g_assert_cmpuint(g_list_length(got), ==, 2);
    g_assert_cmpint(GPOINTER_TO_INT(got->next->data), ==, GVIR_CONFIG_DOMAIN_OS_BOOT_DEVICE_FD);
    g_list_free(got);
    g_object_unref(os);
}

static void test_clock(void)
{
    GVirConfigDomainClock *klock = gvir_config_domain_clock_new();
    GVirConfigDomainTimerRtc *rtc = gvir_config_domain_timer_rtc_new();
    GVirConfigDomainTimerPit *pit = gvir_config_domain_timer_pit_new();
    GVirConfigDomainTimerHpet *hpet = gvir_config_domain_timer_hpet_new();

    g_assert_cmpint(gvir_config_domain_clock_get_offset(klock), ==, GVIR_CONFIG_DOMAIN_CLOCK_UTC);
    g_assert_null(gvir_config_domain_clock_get_timezone(klock));
    g_assert_cmpint(gvir_config_domain_clock_get_variable_offset(klock), ==, 0);
    gvir_config_domain_clock_set_offset(klock, GVIR_CONFIG_DOMAIN_CLOCK_LOCALTIME);
    gvir_config_domain_clock_set_timezone(klock, "Europe/Paris");
    gvir_config_domain_clock_set_variable_offset(klock, -30);
    g_assert_cmpint(gvir_config_domain_clock_get_offset(klock), ==, GVIR_CONFIG_DOMAIN_CLOCK_VARIABLE);
    g_assert_cmpint(gvir_config_domain_clock_get_variable_offset(klock), ==, -30);
    g_assert_cmpstr(gvir_config_domain_clock_get_timezone(klock), ==, "Europe/Paris");

    g_assert_cmpint(gvir_config_domain_timer_get_tick_policy(GVIR_CONFIG_DOMAIN_TIMER(rtc)), ==,
                    GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_DELAY);
    g_assert_true(gvir_config_domain_timer_get_present(GVIR_CONFIG_DOMAIN_TIMER(rtc)));
    gvir_config_domain_timer_set_tick_policy(GVIR_CONFIG_DOMAIN_TIMER(rtc), GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_CATCHUP);
    gvir_config_domain_timer_set_present(GVIR_CONFIG_DOMAIN_TIMER(rtc), FALSE);
    g_assert_false(gvir_config_domain_timer_get_present(GVIR_CONFIG_DOMAIN_TIMER(rtc)));
    gvir_config_domain_clock_add_timer(klock, GVIR_CONFIG_DOMAIN_TIMER(rtc));
    gvir_config_domain_clock_add_timer(klock, GVIR_CONFIG_DOMAIN_TIMER(pit));
    gvir_config_domain_clock_add_timer(klock, GVIR_CONFIG_DOMAIN_TIMER(hpet));
    /* The timer's element moved into the clock: changes through it show there. */
    gvir_config_domain_timer_set_present(GVIR_CONFIG_DOMAIN_TIMER(rtc), TRUE);
    assert_xml(klock, "<clock timezone=\"Europe/Paris\" offset=\"variable\" adjustment=\"-30\">\n"
                      "  <timer name=\"rtc\" tickpolicy=\"catchup\" present=\"yes\"/>\n"
                      "  <timer name=\"pit\"/>\n  <timer name=\"hpet\"/>\n</clock>");
    g_object_unref(klock);
    g_object_unref(rtc);
    g_object_unref(pit);
    g_object_unref(hpet);

    klock = gvir_config_domain_clock_new_from_xml("<clock offset='variable' adjustment='0x10'/>", NULL);
    g_assert_cmpint(gvir_config_domain_clock_get_variable_offset(klock), ==, 16);
    g_object_unref(klock);
}

static void test_domain_parts(void)
{
    GVirConfigDomain *domain = gvir_config_domain_new();
    GVirConfigDomainOs *os = gvir_config_domain_os_new();
    GVirConfigDomainOs *linux_os = gvir_config_domain_os_new();
    GVirConfigDomainClock *klock = gvir_config_domain_clock_new();
    GVirConfigDomainSeclabel *label = gvir_config_domain_seclabel_new();
    GVirConfigDomainPowerManagement *pm = gvir_config_domain_power_management_new();
    GVirConfigDomainOs *got;

    g_assert_null(gvir_config_domain_get_os(domain));
    g_assert_null(gvir_config_domain_get_clock(domain));
    gvir_config_domain_set_name(domain, "n");
    gvir_config_domain_os_set_os_type(os, GVIR_CONFIG_DOMAIN_OS_TYPE_HVM);
    gvir_config_domain_set_os(domain, os);
    gvir_config_domain_os_set_arch(os, "x86_64");
    got = gvir_config_domain_get_os(domain);
    gvir_config_domain_os_set_machine(got, "pc");
    g_object_unref(got);
    gvir_config_domain_clock_set_offset(klock, GVIR_CONFIG_DOMAIN_CLOCK_UTC);
    gvir_config_domain_set_clock(domain, klock);
    gvir_config_domain_seclabel_set_type(label, GVIR_CONFIG_DOMAIN_SECLABEL_STATIC);
    gvir_config_domain_seclabel_set_model(label, "selinux");
    gvir_config_domain_seclabel_set_baselabel(label, "b");
    gvir_config_domain_seclabel_set_label(label, "l");
    gvir_config_domain_seclabel_set_baselabel(label, NULL);
    gvir_config_domain_set_seclabel(domain, label);
    gvir_config_domain_power_management_set_mem_suspend_enabled(pm, TRUE);
    gvir_config_domain_power_management_set_disk_suspend_enabled(pm, FALSE);
    gvir_config_domain_set_power_management(domain, pm);
    assert_xml(domain, "<domain>\n  <name>n</name>\n"
                       "  <os>\n    <type arch=\"x86_64\" machine=\"pc\">hvm</type>\n  </os>\n"
                       "  <clock offset=\"utc\"/>\n"
                       "  <seclabel type=\"static\" model=\"selinux\">\n    <label>l</label>\n  </seclabel>\n"
                       "  <pm>\n    <suspend-to-mem enabled=\"yes\"/>\n    <suspend-to-disk enabled=\"no\"/>\n  </pm>\n"
                       "</domain>");

    /* A replaced part goes to the end. */
    gvir_config_domain_os_set_os_type(linux_os, GVIR_CONFIG_DOMAIN_OS_TYPE_LINUX);
    gvir_config_domain_set_os(domain, linux_os);
    gvir_config_domain_set_clock(domain, NULL);
    gvir_config_domain_set_seclabel(domain, NULL);
    assert_xml(domain, "<domain>\n  <name>n</name>\n"
                       "  <pm>\n    <suspend-to-mem enabled=\"yes\"/>\n    <suspend-to-disk enabled=\"no\"/>\n  </pm>\n"
                       "  <os>\n    <type>linux</type>\n  </os>\n</domain>");

    g_object_unref(domain);
    g_object_unref(os);
    g_object_unref(linux_os);
    g_object_unref(klock);
    g_object_unref(label);
    g_object_unref(pm);
}

#ifndef TESTING_REFERENCE
/* Where libvirt-glib-rs deliberately differs from libvirt-gconfig 4.0.0 (its bugs). */
static void test_fixed_reference_bugs(void)
{
    GVirConfigDomainSerial *serial = gvir_config_domain_serial_new_from_xml(
        "<serial type='pty'><source path='/dev/pts/1'/><target port='0'/></serial>", NULL);
    GVirConfigDomainChardevSourceSpicePort *port = gvir_config_domain_chardev_source_spiceport_new();
    GVirConfigDomainChardevSource *source;
    GVirConfigDomainTimerRtc *rtc;
    GVirConfigDomainOs *os;
    GVirConfigDomain *domain;
    GError *error = NULL;

    /* A second source replaces the first (4.0.0 duplicates the type attribute). */
    gvir_config_domain_chardev_source_spiceport_set_channel(port, "p");
    gvir_config_domain_chardev_set_source(GVIR_CONFIG_DOMAIN_CHARDEV(serial), GVIR_CONFIG_DOMAIN_CHARDEV_SOURCE(port));
    assert_xml(serial, "<serial type=\"spiceport\">\n  <source channel=\"p\"/>\n  <target port=\"0\"/>\n</serial>");
    /* Every source type gets an object (4.0.0 knows only pty). */
    source = gvir_config_domain_chardev_get_source(GVIR_CONFIG_DOMAIN_CHARDEV(serial));
    g_assert_true(GVIR_CONFIG_IS_DOMAIN_CHARDEV_SOURCE_SPICE_PORT(source));
    g_object_unref(source);
    g_object_unref(port);
    g_object_unref(serial);
    serial = gvir_config_domain_serial_new_from_xml("<serial type='file'><source path='/tmp/log'/></serial>", NULL);
    source = gvir_config_domain_chardev_get_source(GVIR_CONFIG_DOMAIN_CHARDEV(serial));
    g_assert_true(G_OBJECT_TYPE(source) == GVIR_CONFIG_TYPE_DOMAIN_CHARDEV_SOURCE);
    g_object_unref(source);
    g_object_unref(serial);

    /* Timers parse (4.0.0's *_new_from_xml always fail). */
    rtc = gvir_config_domain_timer_rtc_new_from_xml("<timer name='rtc' tickpolicy='merge'/>", &error);
    g_assert_no_error(error);
    g_assert_cmpint(gvir_config_domain_timer_get_tick_policy(GVIR_CONFIG_DOMAIN_TIMER(rtc)), ==,
                    GVIR_CONFIG_DOMAIN_TIMER_TICK_POLICY_MERGE);
    g_object_unref(rtc);
    g_assert_null(gvir_config_domain_timer_pit_new_from_xml("<timer name='rtc'/>", &error));
    g_assert_nonnull(error);
    g_clear_error(&error);

    /* Attributes are replaced, not duplicated. */
    os = gvir_config_domain_os_new_from_xml("<os><type arch='aarch64'>hvm</type></os>", NULL);
    gvir_config_domain_os_set_arch(os, "x86_64");
    gvir_config_domain_os_set_firmware(os, GVIR_CONFIG_DOMAIN_OS_FIRMWARE_EFI);
    gvir_config_domain_os_set_firmware(os, GVIR_CONFIG_DOMAIN_OS_FIRMWARE_BIOS);
    assert_xml(os, "<os firmware=\"bios\">\n  <type arch=\"x86_64\">hvm</type>\n</os>");
    g_object_unref(os);

    /* NULL removes the power management settings, as the annotation says. */
    domain = gvir_config_domain_new_from_xml("<domain><pm/></domain>", NULL);
    gvir_config_domain_set_power_management(domain, NULL);
    assert_xml(domain, "<domain/>");
    g_object_unref(domain);
}

#endif

/* 5.0.0 API: not in Debian's 4.0.0 headers and library, which the drop-in build uses. */
#if !defined(TESTING_REFERENCE) && !defined(TESTING_DROPIN)
static void test_firmware_feature(void)
{
    GVirConfigDomainOs *os = gvir_config_domain_os_new();

    gvir_config_domain_os_set_firmware(os, GVIR_CONFIG_DOMAIN_OS_FIRMWARE_EFI);
    gvir_config_domain_os_enable_firmware_feature(os, "secure-boot", FALSE);
    assert_xml(os, "<os firmware=\"efi\">\n  <firmware>\n    <feature enabled=\"no\" name=\"secure-boot\"/>\n"
                   "  </firmware>\n</os>");
    g_object_unref(os);
}
#endif

int main(int argc, char **argv)
{
    g_test_init(&argc, &argv, NULL);
    gvir_config_init(&argc, &argv);
    g_test_add_func("/gconfig/chardev/pty-source", test_pty_source);
    g_test_add_func("/gconfig/chardev/devices", test_chardevs);
    g_test_add_func("/gconfig/chardev/factory", test_chardev_factory);
    g_test_add_func("/gconfig/os", test_os);
    g_test_add_func("/gconfig/clock", test_clock);
    g_test_add_func("/gconfig/domain/parts", test_domain_parts);
#ifndef TESTING_REFERENCE
    g_test_add_func("/gconfig/fixed-reference-bugs", test_fixed_reference_bugs);
#endif
#if !defined(TESTING_REFERENCE) && !defined(TESTING_DROPIN)
    g_test_add_func("/gconfig/os/firmware-feature", test_firmware_feature);
#endif
    return g_test_run();
}
