// Builds and reads a domain through LibvirtGConfig's vapi, as GNOME Boxes does.
int main () {
    var domain = new GVirConfig.Domain ();
    domain.set_name ("vala-vm");
    domain.set_memory (1024 * 1024);
    domain.set_virt_type (GVirConfig.DomainVirtType.KVM);

    var disk = new GVirConfig.DomainDisk ();
    disk.set_type (GVirConfig.DomainDiskType.FILE);
    disk.set_guest_device_type (GVirConfig.DomainDiskGuestDeviceType.DISK);
    disk.set_source ("/var/lib/libvirt/images/vala.qcow2");
    disk.set_target_dev ("vda");
    domain.add_device (disk);

    var devices = domain.get_devices ();
    if (devices.length () != 1 || !(devices.data is GVirConfig.DomainDisk)) {
        stderr.printf ("unexpected devices\n");
        return 1;
    }
    try {
        var parsed = new GVirConfig.Domain.from_xml (domain.to_xml ());
        if (parsed.get_name () != "vala-vm" || parsed.get_memory () != 1024 * 1024) {
            stderr.printf ("round trip lost data: %s\n", parsed.to_xml ());
            return 1;
        }
    } catch (GLib.Error e) {
        stderr.printf ("parse failed: %s\n", e.message);
        return 1;
    }
    try {
        new GVirConfig.Domain.from_xml ("<network/>");
        stderr.printf ("a wrong root element must be an error\n");
        return 1;
    } catch (GLib.Error e) {
    }
    print ("vala: LibvirtGConfig builds, lists and parses domains\n");
    return 0;
}
