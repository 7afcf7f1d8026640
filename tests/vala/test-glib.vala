// Uses LibvirtGLib through its vapi, as a Vala application would.
int main (string[] args) {
    try {
        GVir.init_check (ref args);
    } catch (GLib.Error e) {
        stderr.printf ("init_check failed: %s\n", e.message);
        return 1;
    }
    GVir.event_register ();

    var error = GVir.error_new_literal (GLib.Quark.from_string ("vala-test"), 7, "plain message");
    if (error.code != 7 || error.message != "plain message") {
        stderr.printf ("unexpected error: %d %s\n", error.code, error.message);
        return 1;
    }

    // The event loop runs on the default context: a libvirt timer must fire there.
    var loop = new GLib.MainLoop ();
    var fired = false;
    GLib.Timeout.add (50, () => { fired = true; loop.quit (); return false; });
    loop.run ();
    print ("vala: init, event_register and error_new_literal work\n");
    return fired ? 0 : 1;
}
