import { FilterOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Pagination, Radio, Spin, Tabs } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { LoadError } from '../catalogue/load-error';
import type { CataloguePage, Facets } from '../catalogue/types';
import { useLoad } from '../../../api/use-load';
import { usePortalT } from '../i18n';
import { FacetChips } from './facet-chips';
import { ResultList } from './result-list';
import { catalogueQuery, hasFilters, PAGE_SIZE, readSearch, writeSearch, type SearchState } from './search-params';

/** 事项目录: search by words or pinyin initials, browse by department, life event, audience and level. */
export function SearchPage() {
  const t = usePortalT();
  const [params, setParams] = useSearchParams();
  const state = readSearch(params);
  const [text, setText] = useState(state.q);
  const [filtersOpen, setFiltersOpen] = useState(!hasFilters(state));
  const results = useLoad<CataloguePage>(catalogueQuery(state));
  const facets = useLoad<Facets>('/api/catalogue/facets');
  const resultsRef = useRef<HTMLElement>(null);

  // Back/forward changes the URL underneath the box; keep what it shows in step.
  useEffect(() => setText(state.q), [state.q]);

  const go = (change: Partial<SearchState>) => {
    setParams(writeSearch({ ...state, page: 1, ...change }));
    setFiltersOpen(false);
  };
  const turnPage = (page: number) => {
    setParams(writeSearch({ ...state, page }));
    resultsRef.current?.scrollIntoView({ block: 'start' });
  };

  const levelOptions = [
    { value: '', label: t.search.levelAll },
    ...(facets.data?.levels ?? []).map((l) => ({ value: l.name, label: t.labels.level[l.name] ?? l.name })),
  ];
  const audienceTabs = [
    { key: '', label: t.search.audienceAll },
    { key: 'person', label: t.search.audiencePerson },
    { key: 'enterprise', label: t.search.audienceEnterprise },
  ];
  const page = results.data;

  return (
    <div className="tbp-search">
      <section className="tbp-hero" aria-labelledby="tbp-search-title">
        <h1 id="tbp-search-title" className="tbp-hero__title">
          {t.search.title}
        </h1>
        <p className="tbp-hero__lead">{t.search.lead}</p>
        <form role="search" className="tbp-hero__search" onSubmit={(e) => e.preventDefault()}>
          <Input.Search
            size="large"
            value={text}
            maxLength={50}
            allowClear
            aria-label={t.search.label}
            placeholder={t.search.placeholder}
            enterButton={t.search.button}
            data-testid="catalogue-search"
            onChange={(e) => setText(e.target.value)}
            onSearch={(value) => go({ q: value.trim() })}
          />
        </form>
      </section>

      <div className="tbp-search__body">
        <aside
          className={filtersOpen ? 'tbp-filters' : 'tbp-filters tbp-filters--closed'}
          aria-label={t.search.filtersLabel}
        >
          <Button
            className="tbp-filters__toggle"
            icon={<FilterOutlined />}
            aria-expanded={filtersOpen}
            aria-controls="tbp-filters-body"
            onClick={() => setFiltersOpen(!filtersOpen)}
            data-testid="filters-toggle"
          >
            {t.search.filtersLabel}
            {filtersOpen ? ' ▴' : ' ▾'}
          </Button>
          {facets.error ? <LoadError error={facets.error} onRetry={facets.reload} /> : null}
          {facets.data && (
            <div className="tbp-filters__body" id="tbp-filters-body">
              <FacetChips
                id="theme"
                title={t.search.byTheme}
                facets={facets.data.themes}
                value={state.theme}
                onChange={(theme) => go({ theme })}
              />
              <FacetChips
                id="department"
                title={t.search.byDepartment}
                facets={facets.data.departments}
                value={state.department}
                onChange={(department) => go({ department })}
                initial={6}
              />
              <section className="tbp-facet" aria-labelledby="tbp-facet-level">
                <h2 id="tbp-facet-level" className="tbp-facet__title">
                  {t.search.level}
                </h2>
                <Radio.Group
                  optionType="button"
                  options={levelOptions}
                  value={state.level}
                  data-testid="facet-level"
                  onChange={(e) => go({ level: e.target.value as SearchState['level'] })}
                />
              </section>
            </div>
          )}
        </aside>

        <section className="tbp-results-panel" aria-label={t.search.resultsLabel} ref={resultsRef}>
          <Tabs
            activeKey={state.audience}
            items={audienceTabs}
            onChange={(key) => go({ audience: key as SearchState['audience'] })}
            data-testid="audience-tabs"
          />
          <div className="tbp-results-bar">
            <span role="status" data-testid="catalogue-count">
              {page ? t.search.found(page.total) : '\u00a0'}
            </span>
            {hasFilters(state) && (
              <Button type="link" onClick={() => setParams(new URLSearchParams())} data-testid="catalogue-clear">
                {t.search.clear}
              </Button>
            )}
          </div>
          {results.error ? <LoadError error={results.error} onRetry={results.reload} /> : null}
          <Spin spinning={results.loading} delay={200}>
            {page && page.items.length > 0 && <ResultList items={page.items} />}
            {page && page.items.length === 0 && (
              <Empty description={t.search.empty} data-testid="catalogue-empty" className="tbp-empty" />
            )}
            {!page && results.loading && <div className="tbp-results-placeholder" />}
          </Spin>
          {page && page.total > PAGE_SIZE && (
            <Pagination
              className="tbp-pagination"
              current={state.page}
              pageSize={PAGE_SIZE}
              total={page.total}
              showSizeChanger={false}
              responsive
              onChange={turnPage}
              data-testid="catalogue-pagination"
            />
          )}
        </section>
      </div>
    </div>
  );
}
