import { Route, Routes } from 'react-router';
import { NotFound } from '../../../shell/page-states';
import { usePortalT } from '../../portal/i18n';
import { ItemEditorPage } from './editor/item-editor';
import { ItemList } from './item-list';
import { StaffGate } from './staff-gate';
import './items.css';

/** 事项维护 (/workbench/items/*): the window clerk's list of items and the item editor. */
export default function WorkbenchItems() {
  const t = usePortalT();
  return (
    <Routes>
      <Route
        index
        element={
          <StaffGate role="window_clerk" wrongPost={t.editor.wrongPost}>
            <ItemList />
          </StaffGate>
        }
      />
      <Route path="new" element={<ItemEditorPage />} />
      <Route path=":id" element={<ItemEditorPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
