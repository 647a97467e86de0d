// The boards list: every board in this browser, new boards, imports and backups.
export { BoardsListPage } from './boards-list-page';
