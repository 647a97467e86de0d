// Tests of the domain and the storage layer run in Node, without a DOM. fake-indexeddb must
// be in place before anything imports idb-keyval.
import 'fake-indexeddb/auto';
