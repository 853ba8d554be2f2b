import { lazy } from 'react';
import { Route } from 'react-router';

// Each page is its own chunk, as elsewhere in the app; app-routes.tsx places these among the
// signed-in routes.
const ImportPage = lazy(() =>
  import('../../routes/documents-import.route.js').then((m) => ({
    default: m.DocumentsImportPage,
  })),
);
const HomePage = lazy(() =>
  import('../../routes/documents-home.route.js').then((m) => ({ default: m.DocumentsHomePage })),
);
const ChapterPage = lazy(() =>
  import('../../routes/documents-chapter.route.js').then((m) => ({
    default: m.DocumentsChapterPage,
  })),
);
const ViewPage = lazy(() =>
  import('../../routes/documents-view.route.js').then((m) => ({ default: m.DocumentsViewPage })),
);
const VersionsPage = lazy(() =>
  import('../../routes/documents-versions.route.js').then((m) => ({
    default: m.DocumentsVersionsPage,
  })),
);
const ComparePage = lazy(() =>
  import('../../routes/documents-compare.route.js').then((m) => ({
    default: m.DocumentsComparePage,
  })),
);
const VersionPage = lazy(() =>
  import('../../routes/documents-version.route.js').then((m) => ({
    default: m.DocumentsVersionPage,
  })),
);
const ApprovePage = lazy(() =>
  import('../../routes/documents-approve.route.js').then((m) => ({
    default: m.DocumentsApprovePage,
  })),
);
const ReturnPage = lazy(() =>
  import('../../routes/documents-return.route.js').then((m) => ({
    default: m.DocumentsReturnPage,
  })),
);
const NewCyclePage = lazy(() =>
  import('../../routes/documents-new-cycle.route.js').then((m) => ({
    default: m.DocumentsNewCyclePage,
  })),
);
const AuditPage = lazy(() =>
  import('../../routes/audit-log.route.js').then((m) => ({ default: m.AuditLogPage })),
);

const strategy = 'cities/:cityId/strategies/:strategyId';

/** The document, versions, import and audit pages, as route elements for the app's <Routes>. */
export function documentsRoutes() {
  return (
    <>
      <Route path="cities/:cityId/strategies/import" element={<ImportPage />} />
      <Route path={`${strategy}/document`} element={<HomePage />} />
      <Route path={`${strategy}/document/chapters/:chapterKey`} element={<ChapterPage />} />
      <Route path={`${strategy}/document/view`} element={<ViewPage />} />
      <Route path={`${strategy}/versions`} element={<VersionsPage />} />
      <Route path={`${strategy}/versions/compare`} element={<ComparePage />} />
      <Route path={`${strategy}/versions/:versionId`} element={<VersionPage />} />
      <Route path={`${strategy}/versions/:versionId/approve`} element={<ApprovePage />} />
      <Route path={`${strategy}/versions/:versionId/return`} element={<ReturnPage />} />
      <Route path={`${strategy}/versions/:versionId/new-cycle`} element={<NewCyclePage />} />
      <Route path="cities/:cityId/audit" element={<AuditPage />} />
    </>
  );
}
