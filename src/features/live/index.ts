// Live session: one board edited by several people at once through a Y.Doc (issue 15). For
// now only the binding between a local board and its doc; the UI and the relay come next.
export {
  bindBoard,
  nextFrame,
  type BindBoardOptions,
  type BindingStatus,
  type BoardBinding,
  type Schedule,
} from './doc-binding';
