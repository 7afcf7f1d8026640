//! Opening connections that need credentials: [`Connection::set_auth_handler`] and
//! [`Credential`] (`GVirConnectionCredential`).
//!
//! Without a handler a connection opens with `virConnectOpen` / `virConnectOpenReadOnly`, as
//! libvirt-glib does, and a URI that needs credentials fails to open. With one, it opens with
//! `virConnectOpenAuth`, offering every credential kind; each time libvirt asks, the handler
//! gets one [`Credential`] per question and answers with [`Credential::set_result`].
//!
//! Where the handler runs: a blocking open calls it on the opening thread; an asynchronous
//! open (`open_future`, `gvir_connection_open_async`) opens on a worker thread, which hands
//! each question to the thread-default main context of the caller (captured when the open
//! starts, the context the result comes back on) and waits for the answer, so a GUI can show
//! a dialog from the handler. Cancelling the open while the handler is pending fails the open
//! with `G_IO_ERROR_CANCELLED` at once; the handler's late answer is dropped.

use std::ffi::{c_int, c_uint, c_void, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{mpsc, Arc, Mutex, OnceLock};
use std::thread::ThreadId;

use gio::prelude::*;
use glib::subclass::prelude::*;
use virt::sys;

use crate::error::{libvirt_failure, ConnectionError};
use crate::Connection;

/// What libvirt asks for (`virConnectCredentialType`); the values are libvirt's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, glib::Enum)]
#[enum_type(name = "GVirConnectionCredentialKind")]
#[repr(i32)]
pub enum CredentialKind {
    /// The identity to act as.
    #[enum_value(name = "GVIR_CONNECTION_CREDENTIAL_USERNAME", nick = "username")]
    Username = 1,
    /// The identity to authorize as (the user name most drivers ask for).
    #[enum_value(name = "GVIR_CONNECTION_CREDENTIAL_AUTHNAME", nick = "authname")]
    Authname = 2,
    /// An RFC 1766 language for the conversation.
    #[enum_value(name = "GVIR_CONNECTION_CREDENTIAL_LANGUAGE", nick = "language")]
    Language = 3,
    /// The client's nonce.
    #[enum_value(name = "GVIR_CONNECTION_CREDENTIAL_CNONCE", nick = "cnonce")]
    Cnonce = 4,
    /// A password or passphrase.
    #[enum_value(name = "GVIR_CONNECTION_CREDENTIAL_PASSPHRASE", nick = "passphrase")]
    Passphrase = 5,
    /// An answer to a challenge, which may be shown as it is typed.
    #[enum_value(name = "GVIR_CONNECTION_CREDENTIAL_ECHOPROMPT", nick = "echoprompt")]
    EchoPrompt = 6,
    /// An answer to a challenge, not to be shown as it is typed.
    #[enum_value(name = "GVIR_CONNECTION_CREDENTIAL_NOECHOPROMPT", nick = "noechoprompt")]
    NoEchoPrompt = 7,
    /// The authentication realm.
    #[enum_value(name = "GVIR_CONNECTION_CREDENTIAL_REALM", nick = "realm")]
    Realm = 8,
    /// Something obtained outside libvirt (the prompt says what).
    #[enum_value(name = "GVIR_CONNECTION_CREDENTIAL_EXTERNAL", nick = "external")]
    External = 9,
}

impl CredentialKind {
    const ALL: [CredentialKind; 9] = [
        CredentialKind::Username,
        CredentialKind::Authname,
        CredentialKind::Language,
        CredentialKind::Cnonce,
        CredentialKind::Passphrase,
        CredentialKind::EchoPrompt,
        CredentialKind::NoEchoPrompt,
        CredentialKind::Realm,
        CredentialKind::External,
    ];

    /// The kind of libvirt's `virConnectCredentialType` value.
    pub fn from_raw(raw: i32) -> Option<CredentialKind> {
        Self::ALL.into_iter().find(|kind| *kind as i32 == raw)
    }
}

/// One question of libvirt, in a form that can cross threads.
#[derive(Clone, Debug)]
struct Question {
    kind: CredentialKind,
    prompt: Option<CString>,
    challenge: Option<CString>,
    default_result: Option<CString>,
}

/// A text from libvirt, or `None` for NULL; kept as valid UTF-8 without NULs.
fn text(ptr: *const std::ffi::c_char) -> Option<CString> {
    if ptr.is_null() {
        return None;
    }
    // SAFETY: libvirt passes NUL-terminated strings that live as long as the callback.
    let lossy = unsafe { CStr::from_ptr(ptr) }.to_string_lossy();
    Some(CString::new(lossy.into_owned()).expect("a C string has no NUL"))
}

/// An answer, erased from memory when dropped (it is often a password).
#[derive(Default)]
struct Secret(Option<CString>);

impl Drop for Secret {
    fn drop(&mut self) {
        if let Some(answer) = self.0.take() {
            let mut bytes = answer.into_bytes_with_nul();
            for byte in bytes.iter_mut() {
                // SAFETY: a valid, exclusive reference; volatile so the store is not elided.
                unsafe { std::ptr::write_volatile(byte, 0) };
            }
        }
    }
}

pub mod imp {
    use super::*;

    #[derive(Default)]
    pub struct Credential {
        pub(super) question: OnceLock<Question>,
        pub(super) result: Mutex<Secret>,
    }

    #[glib::object_subclass]
    impl ObjectSubclass for Credential {
        const NAME: &'static str = "GVirConnectionCredential";
        type Type = super::Credential;
        type ParentType = glib::Object;
    }

    impl ObjectImpl for Credential {}
}

glib::wrapper! {
    /// One thing libvirt asks for while a connection opens (`virConnectCredential`): what,
    /// with which prompt, and the answer the handler gives.
    pub struct Credential(ObjectSubclass<imp::Credential>);
}

impl Credential {
    fn for_question(question: Question) -> Credential {
        let credential: Credential = glib::Object::new();
        let _ = credential.imp().question.set(question);
        credential
    }

    fn question(&self) -> Option<&Question> {
        self.imp().question.get()
    }

    /// What is asked for.
    pub fn kind(&self) -> CredentialKind {
        self.question().map_or(CredentialKind::Authname, |q| q.kind)
    }

    /// The text to show the user ("Enter username for localhost", …).
    pub fn prompt(&self) -> Option<&str> {
        self.prompt_cstr().map(|p| p.to_str().expect("kept as UTF-8"))
    }

    /// The challenge the driver sent, if any (for some drivers, the host name).
    pub fn challenge(&self) -> Option<&str> {
        self.challenge_cstr().map(|c| c.to_str().expect("kept as UTF-8"))
    }

    /// The answer libvirt takes when the handler gives none.
    pub fn default_result(&self) -> Option<&str> {
        self.default_result_cstr().map(|d| d.to_str().expect("kept as UTF-8"))
    }

    pub(crate) fn prompt_cstr(&self) -> Option<&CStr> {
        self.question()?.prompt.as_deref()
    }

    pub(crate) fn challenge_cstr(&self) -> Option<&CStr> {
        self.question()?.challenge.as_deref()
    }

    pub(crate) fn default_result_cstr(&self) -> Option<&CStr> {
        self.question()?.default_result.as_deref()
    }

    /// Answers the question (`None` takes the answer back).
    pub fn set_result(&self, result: Option<&str>) {
        let answer = result.map(|r| CString::new(r.replace('\0', "")).expect("NULs removed"));
        *self.imp().result.lock().unwrap_or_else(|p| p.into_inner()) = Secret(answer);
    }

    /// The answer given with [`Credential::set_result`].
    pub fn result(&self) -> Option<String> {
        let result = self.imp().result.lock().unwrap_or_else(|p| p.into_inner());
        result.0.as_ref().map(|r| r.to_string_lossy().into_owned())
    }

    /// The answer, or the default one; erased from memory when dropped.
    fn answer(&self) -> Secret {
        let result = self.imp().result.lock().unwrap_or_else(|p| p.into_inner());
        Secret(result.0.clone().or_else(|| self.default_result_cstr().map(CStr::to_owned)))
    }
}

/// The handler function, as the connection keeps it.
pub(crate) type HandlerFn = Box<dyn Fn(&Connection, &[Credential]) -> bool>;

/// A handler and the thread it may run on (`None`: any).
struct Handler {
    call: HandlerFn,
    owner: Option<ThreadId>,
}

// SAFETY: a handler with an owner is called, and dropped, only on its owner's thread (elsewhere
// it is leaked); a handler without one (a C function) may be called and dropped on any thread,
// which its documentation says.
unsafe impl Send for Handler {}
unsafe impl Sync for Handler {}

impl Drop for Handler {
    fn drop(&mut self) {
        if self.owner.is_some_and(|owner| owner != std::thread::current().id()) {
            // The closure may hold values that must stay on its thread: leak it.
            std::mem::forget(std::mem::replace(&mut self.call, Box::new(|_, _| false)));
        }
    }
}

/// The authentication handler of a connection, if any.
#[derive(Default)]
pub(crate) struct AuthSlot(Mutex<Option<Arc<Handler>>>);

impl AuthSlot {
    fn get(&self) -> Option<Arc<Handler>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn set(&self, handler: Option<Handler>) {
        let previous = std::mem::replace(&mut *self.0.lock().unwrap_or_else(|p| p.into_inner()), handler.map(Arc::new));
        drop(previous);
    }
}

impl Connection {
    /// Opens this connection with `handler` answering libvirt's questions (user name, password,
    /// …) when the URI needs credentials: it gets one [`Credential`] per question, sets their
    /// results, and returns `true` (or `false` to refuse, which fails the open). A question left
    /// unanswered takes its default result, or fails the open when it has none.
    ///
    /// The handler runs on the thread that sets it: blocking opens must be made there, and
    /// `*_future` opens started from the context that thread iterates (see the module
    /// documentation). It replaces any previous handler.
    pub fn set_auth_handler<F: Fn(&Connection, &[Credential]) -> bool + 'static>(&self, handler: F) {
        let owner = Some(std::thread::current().id());
        self.imp().auth.set(Some(Handler { call: Box::new(handler), owner }));
    }

    /// Removes the authentication handler: later opens use no credentials, as libvirt-glib does.
    pub fn unset_auth_handler(&self) {
        self.imp().auth.set(None);
    }

    /// Sets a handler that may run on any thread (the C API's functions).
    #[cfg_attr(not(feature = "capi"), allow(dead_code))]
    pub(crate) fn set_auth_handler_any_thread(&self, handler: Option<HandlerFn>) {
        self.imp().auth.set(handler.map(|call| Handler { call, owner: None }));
    }
}

/// Why the handler gave no answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    Declined,
    Unanswered,
    NoHandler,
    WrongThread,
    Panicked,
    Cancelled,
    Dropped,
}

impl Refusal {
    fn explanation(self) -> &'static str {
        match self {
            Refusal::Declined => "the authentication handler declined",
            Refusal::Unanswered => "the authentication handler left a credential without an answer",
            Refusal::NoHandler => "the authentication handler was removed",
            Refusal::WrongThread => "the authentication handler was set on another thread than the one it would run on",
            Refusal::Panicked => "the authentication handler panicked",
            Refusal::Cancelled => "cancelled",
            Refusal::Dropped => "the main context of the open was destroyed before the authentication handler ran",
        }
    }
}

/// Calls the connection's handler with `questions` on this thread.
fn ask_here(connection: &Connection, questions: Vec<Question>) -> Result<Vec<Secret>, Refusal> {
    let handler = connection.imp().auth.get().ok_or(Refusal::NoHandler)?;
    if handler.owner.is_some_and(|owner| owner != std::thread::current().id()) {
        return Err(Refusal::WrongThread);
    }
    let credentials: Vec<Credential> = questions.into_iter().map(Credential::for_question).collect();
    let accepted = catch_unwind(AssertUnwindSafe(|| (handler.call)(connection, &credentials))).map_err(|_| {
        crate::error::log_critical("the authentication handler panicked");
        Refusal::Panicked
    })?;
    if !accepted {
        return Err(Refusal::Declined);
    }
    Ok(credentials.iter().map(Credential::answer).collect())
}

enum Reply {
    Answers(Result<Vec<Secret>, Refusal>),
    Cancelled,
}

/// What the libvirt callback needs, on the opening thread.
struct AuthCall {
    connection: Connection,
    caller: Option<glib::MainContext>,
    cancellable: Option<gio::Cancellable>,
    refusal: Option<Refusal>,
}

impl AuthCall {
    /// Asks the handler, on the caller's context when this thread does not own it.
    fn ask(&self, questions: Vec<Question>) -> Result<Vec<Secret>, Refusal> {
        let context = match &self.caller {
            Some(context) if !context.is_owner() => context,
            _ => return ask_here(&self.connection, questions),
        };
        let (sender, receiver) = mpsc::channel::<Reply>();
        let mut pending = Some((self.connection.clone(), questions, sender.clone()));
        let source = glib::idle_source_new(Some("gvir-connection-auth"), glib::Priority::DEFAULT, move || {
            if let Some((connection, questions, sender)) = pending.take() {
                let _ = sender.send(Reply::Answers(ask_here(&connection, questions)));
            }
            glib::ControlFlow::Break
        });
        source.attach(Some(context));
        let cancelled_handler = self.cancellable.as_ref().and_then(|c| {
            let sender = sender.clone();
            c.connect_cancelled(move |_| {
                let _ = sender.send(Reply::Cancelled);
            })
        });
        // Only the source and the cancellable hold senders now: if the context drops the source
        // unrun, the channel closes.
        drop(sender);
        let reply = receiver.recv();
        if let (Some(c), Some(id)) = (self.cancellable.as_ref(), cancelled_handler) {
            c.disconnect_cancelled(id);
        }
        match reply {
            Ok(Reply::Answers(answers)) => answers,
            Ok(Reply::Cancelled) => {
                source.destroy();
                Err(Refusal::Cancelled)
            }
            Err(_) => Err(Refusal::Dropped),
        }
    }

    fn already_cancelled(&self) -> bool {
        self.cancellable.as_ref().is_some_and(|c| c.is_cancelled())
    }
}

/// libvirt's `virConnectAuthCallbackPtr`: fills `creds` with the handler's answers.
unsafe extern "C" fn auth_callback(creds: sys::virConnectCredentialPtr, ncred: c_uint, cbdata: *mut c_void) -> c_int {
    let call = &mut *(cbdata as *mut AuthCall);
    if call.refusal.is_some() {
        return -1;
    }
    if call.already_cancelled() {
        call.refusal = Some(Refusal::Cancelled);
        return -1;
    }
    let creds = if ncred == 0 { &mut [][..] } else { std::slice::from_raw_parts_mut(creds, ncred as usize) };
    let questions: Option<Vec<Question>> = creds
        .iter()
        .map(|c| {
            Some(Question {
                kind: CredentialKind::from_raw(c.type_)?,
                prompt: text(c.prompt),
                challenge: text(c.challenge),
                default_result: text(c.defresult),
            })
        })
        .collect();
    // libvirt asks only for the kinds offered, all of which are known.
    let Some(questions) = questions else { return -1 };
    let answers = match catch_unwind(AssertUnwindSafe(|| call.ask(questions))) {
        Ok(Ok(answers)) => answers,
        Ok(Err(refusal)) => {
            call.refusal = Some(refusal);
            return -1;
        }
        Err(_) => {
            call.refusal = Some(Refusal::Panicked);
            return -1;
        }
    };
    if answers.iter().any(|a| a.0.is_none()) {
        call.refusal = Some(Refusal::Unanswered);
        return -1;
    }
    for (cred, answer) in creds.iter_mut().zip(&answers) {
        let answer = answer.0.as_deref().expect("checked above");
        // libvirt frees the result with g_free.
        cred.result = glib::ffi::g_strdup(answer.as_ptr());
        cred.resultlen = answer.to_bytes().len() as c_uint;
    }
    0
}

/// Opens libvirt's connection to `uri` for `connection`: with its authentication handler if it
/// has one, as libvirt-glib does otherwise. `caller` is where the handler runs (`None`: here).
pub(crate) fn open_handle(
    connection: &Connection,
    uri: Option<&str>,
    read_only: bool,
    caller: Option<&glib::MainContext>,
    cancellable: Option<&gio::Cancellable>,
) -> Result<virt::connect::Connect, glib::Error> {
    let what = format!("Unable to open {}", uri.unwrap_or("(null)"));
    if connection.imp().auth.get().is_none() {
        let opened = if read_only {
            virt::connect::Connect::open_read_only(uri)
        } else {
            virt::connect::Connect::open(uri)
        };
        return opened.map_err(|_| libvirt_failure(ConnectionError::Failed, &what));
    }

    let uri_c = uri.map(|u| CString::new(u.replace('\0', "")).expect("NULs removed"));
    let mut kinds: Vec<c_int> = CredentialKind::ALL.iter().map(|k| *k as c_int).collect();
    let mut call = AuthCall {
        connection: connection.clone(),
        caller: caller.cloned(),
        cancellable: cancellable.cloned(),
        refusal: None,
    };
    let mut auth = sys::virConnectAuth {
        credtype: kinds.as_mut_ptr(),
        ncredtype: kinds.len() as c_uint,
        cb: Some(auth_callback),
        cbdata: &mut call as *mut AuthCall as *mut c_void,
    };
    let flags = if read_only { sys::VIR_CONNECT_RO } else { 0 };
    // SAFETY: `auth`, the kinds and `call` outlive the call, during which libvirt calls
    // `auth_callback` on this thread only.
    let ptr = unsafe { sys::virConnectOpenAuth(uri_c.as_ref().map_or(std::ptr::null(), |u| u.as_ptr()), &mut auth, flags as c_uint) };
    if !ptr.is_null() {
        // SAFETY: a new connection whose reference is ours.
        return Ok(unsafe { virt::connect::Connect::from_ptr(ptr) });
    }
    let error = libvirt_failure(ConnectionError::Failed, &what);
    match call.refusal {
        Some(Refusal::Cancelled) => Err(glib::Error::new(gio::IOErrorEnum::Cancelled, "Operation was cancelled")),
        Some(refusal) => Err(glib::Error::new(ConnectionError::Failed, &format!("{} ({})", error.message(), refusal.explanation()))),
        None => Err(error),
    }
}
