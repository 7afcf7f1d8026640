// Uses LibvirtGObject through its vapi the way GNOME Boxes does: async open and fetch,
// signals of the domain objects, async lifecycle calls, all on the default main loop.

// tests/data/gobject/auth-node.xml (user alice, password secret), from the command line.
string? auth_node = null;

// A connection that needs credentials, answered by a Vala closure (beyond libvirt-glib 4.0.0).
async bool open_with_credentials () throws GLib.Error {
    var conn = new GVir.Connection ("test://" + auth_node);
    uint questions = 0;
    conn.set_auth_func ((c, credentials) => {
        foreach (var cred in credentials) {
            questions++;
            if (cred.get_kind () == GVir.ConnectionCredentialKind.AUTHNAME)
                cred.set_result ("alice");
            else if (cred.get_kind () == GVir.ConnectionCredentialKind.PASSPHRASE)
                cred.set_result ("secret");
        }
        return true;
    });
    yield conn.open_async (null);
    if (!conn.is_open () || questions != 2) {
        stderr.printf ("authenticated open: %u questions\n", questions);
        return false;
    }
    print ("vala: opened %s as alice\n", conn.get_uri ());
    conn.close ();
    return true;
}

async int drive (GLib.MainLoop loop) {
    var conn = new GVir.Connection ("test:///default");
    try {
        yield conn.open_async (null);
        yield conn.fetch_domains_async (null);
        var domain = conn.find_domain_by_name ("test");
        if (domain == null) {
            stderr.printf ("no 'test' domain\n");
            return 1;
        }
        var seen = new GLib.GenericArray<string> ();
        domain.suspended.connect ((d) => seen.add ("suspended"));
        domain.resumed["unpaused"].connect ((d) => seen.add ("resumed::unpaused"));
        domain.suspend ();
        yield domain.resume_async (null);
        var info = yield domain.get_info_async (null);
        // Let the events through.
        GLib.Timeout.add (200, drive.callback);
        yield;
        if (seen.length != 2 || seen[0] != "suspended" || seen[1] != "resumed::unpaused") {
            stderr.printf ("unexpected signals (%u)\n", seen.length);
            return 1;
        }
        print ("vala: %s is %s with %u vCPU; signals %s, %s\n", domain.get_name (),
               info.state.to_string (), info.nrVirtCpu, seen[0], seen[1]);
        conn.close ();
        if (auth_node != null && !yield open_with_credentials ())
            return 1;
    } catch (GLib.Error e) {
        stderr.printf ("error: %s\n", e.message);
        return 1;
    }
    return 0;
}

int main (string[] args) {
    try {
        GVir.init_object_check (ref args);
    } catch (GLib.Error e) {
        stderr.printf ("init_object_check failed: %s\n", e.message);
        return 1;
    }
    if (args.length > 1)
        auth_node = args[1];
    var loop = new GLib.MainLoop ();
    int status = 1;
    drive.begin (loop, (obj, res) => { status = drive.end (res); loop.quit (); });
    loop.run ();
    return status;
}
