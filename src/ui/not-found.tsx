import { Link } from 'react-router-dom';
import { paths } from '../config/paths';
import { CenterScreen } from './center-screen';
import { useDocumentTitle } from './use-document-title';

export function NotFound({ what = 'page' }: { what?: 'page' | 'board' }) {
  useDocumentTitle(what === 'board' ? 'Board not found' : 'Page not found');
  return (
    <CenterScreen
      title={what === 'board' ? 'This board is not here' : 'Page not found'}
      actions={
        <Link className="button button--primary" to={paths.boards.getHref()}>
          Go to your boards
        </Link>
      }
    >
      <p>
        {what === 'board'
          ? 'No board with this address is stored in this browser. It may have been deleted, or it lives in another browser.'
          : 'There is nothing at this address.'}
      </p>
    </CenterScreen>
  );
}
