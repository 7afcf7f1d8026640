//! `Stream` (`GVirStream`): a libvirt data stream as a `GIOStream`.
//!
//! Only the type and its C layout exist so far (the connection's class struct refers to it);
//! reading and writing libvirt streams is not implemented yet.

use gio::prelude::*;
use gio::subclass::prelude::*;

/// C layout of `GVirStream`: `{ GIOStream parent_instance; gpointer priv; }`.
#[repr(C)]
pub struct StreamInstance {
    parent_instance: gio::ffi::GIOStream,
    priv_: glib::ffi::gpointer,
}

/// C layout of `GVirStreamClass`: `{ GIOStreamClass parent_class; gpointer padding[20]; }`.
#[repr(C)]
pub struct StreamClass {
    parent_class: gio::ffi::GIOStreamClass,
    padding: [glib::ffi::gpointer; 20],
}

unsafe impl InstanceStruct for StreamInstance {
    type Type = imp::Stream;
}

unsafe impl ClassStruct for StreamClass {
    type Type = imp::Stream;
}

pub mod imp {
    use super::*;

    #[derive(Default)]
    pub struct Stream;

    #[glib::object_subclass]
    impl ObjectSubclass for Stream {
        const NAME: &'static str = "GVirStream";
        type Type = super::Stream;
        type ParentType = gio::IOStream;
        type Instance = super::StreamInstance;
        type Class = super::StreamClass;
    }

    impl ObjectImpl for Stream {}

    impl IOStreamImpl for Stream {
        // Until libvirt stream I/O lands, a stream reads nothing and discards what it is given.
        fn input_stream(&self) -> gio::InputStream {
            gio::MemoryInputStream::new().upcast()
        }

        fn output_stream(&self) -> gio::OutputStream {
            gio::MemoryOutputStream::new_resizable().upcast()
        }
    }
}

glib::wrapper! {
    /// A libvirt data stream (console, screenshot, volume transfer).
    pub struct Stream(ObjectSubclass<imp::Stream>) @extends gio::IOStream;
}
