//! `Manager` (`GVirManager`): a set of connections an application keeps together.
//!
//! The manager holds a reference to every connection added to it, and drops exactly that
//! reference when the connection is removed or the manager is finalized. `connection-added` and
//! `connection-removed` have default-handler slots in the class struct, as in libvirt-glib.

use std::ffi::c_void;
use std::sync::Mutex;

use glib::prelude::*;
use glib::subclass::prelude::*;

use crate::connection::ConnectionInstance;
use crate::Connection;

/// C layout of `GVirManager`: `{ GObject parent; gpointer priv; }`.
#[repr(C)]
pub struct ManagerInstance {
    parent: glib::gobject_ffi::GObject,
    priv_: *mut c_void,
}

/// A default handler of a manager signal in the class struct.
pub type ManagerSignalSlot = Option<unsafe extern "C" fn(*mut ManagerInstance, *mut ConnectionInstance)>;

/// C layout of `GVirManagerClass`: the parent class, the two signal slots, padding.
#[repr(C)]
pub struct ManagerClass {
    pub parent_class: glib::gobject_ffi::GObjectClass,
    pub connection_added: ManagerSignalSlot,
    pub connection_removed: ManagerSignalSlot,
    padding: [*mut c_void; 20],
}

unsafe impl InstanceStruct for ManagerInstance {
    type Type = imp::Manager;
}
unsafe impl ClassStruct for ManagerClass {
    type Type = imp::Manager;
}

pub mod imp {
    use super::*;

    #[derive(Default)]
    pub struct Manager {
        /// In the order they were added; the manager owns one reference per entry.
        pub(crate) connections: Mutex<Vec<Connection>>,
    }

    #[glib::object_subclass]
    impl ObjectSubclass for Manager {
        const NAME: &'static str = "GVirManager";
        type Type = super::Manager;
        type ParentType = glib::Object;
        type Instance = super::ManagerInstance;
        type Class = super::ManagerClass;

        fn class_init(klass: &mut Self::Class) {
            use std::mem::offset_of;
            let itype = klass.parent_class.g_type_class.g_type;
            let first = glib::SignalFlags::RUN_FIRST;
            let connection = [Connection::static_type()];
            let register = crate::signals::register_with_class_slot;
            register(itype, c"connection-added", first, offset_of!(ManagerClass, connection_added), &connection);
            register(itype, c"connection-removed", first, offset_of!(ManagerClass, connection_removed), &connection);
        }
    }

    impl ObjectImpl for Manager {}
}

glib::wrapper! {
    /// A set of libvirt connections.
    pub struct Manager(ObjectSubclass<imp::Manager>);
}

impl Default for Manager {
    fn default() -> Self {
        Manager::new()
    }
}

impl Manager {
    /// An empty manager.
    pub fn new() -> Manager {
        glib::Object::new()
    }

    fn connections_lock(&self) -> std::sync::MutexGuard<'_, Vec<Connection>> {
        self.imp().connections.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds `connection` (the manager keeps a reference) and emits `connection-added`.
    pub fn add_connection(&self, connection: &Connection) {
        self.connections_lock().push(connection.clone());
        self.emit_by_name::<()>("connection-added", &[connection]);
    }

    /// Removes `connection`, emitting `connection-removed`; a connection the manager does not
    /// hold is ignored.
    pub fn remove_connection(&self, connection: &Connection) {
        let removed = {
            let mut connections = self.connections_lock();
            connections.iter().position(|c| c == connection).map(|i| connections.remove(i))
        };
        // The manager's reference is dropped after the handlers ran, outside the lock.
        if let Some(removed) = removed {
            self.emit_by_name::<()>("connection-removed", &[&removed]);
        }
    }

    /// The connections, in the order they were added.
    pub fn connections(&self) -> Vec<Connection> {
        self.connections_lock().clone()
    }

    /// The first connection whose URI is `uri`.
    pub fn find_connection_by_uri(&self, uri: &str) -> Option<Connection> {
        self.connections_lock().iter().find(|c| c.uri().as_deref() == Some(uri)).cloned()
    }

    /// Calls `f` when a connection is added.
    pub fn connect_connection_added<F: Fn(&Manager, &Connection) + Send + Sync + 'static>(&self, f: F) -> glib::SignalHandlerId {
        self.connect_connection_signal("connection-added", f)
    }

    /// Calls `f` when a connection is removed.
    pub fn connect_connection_removed<F: Fn(&Manager, &Connection) + Send + Sync + 'static>(&self, f: F) -> glib::SignalHandlerId {
        self.connect_connection_signal("connection-removed", f)
    }

    fn connect_connection_signal<F: Fn(&Manager, &Connection) + Send + Sync + 'static>(&self, name: &str, f: F) -> glib::SignalHandlerId {
        self.connect(name, false, move |values| {
            let manager = values[0].get::<Manager>().expect("signal emitted on a Manager");
            let connection = values[1].get::<Connection>().expect("a GVirConnection argument");
            f(&manager, &connection);
            None
        })
    }
}

