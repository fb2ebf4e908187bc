import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { countryOutlines } from './regionMap.js';

let loading: Promise<FeatureCollection> | undefined;

/** Kazakhstan's and Uzbekistan's outlines, fetched once and only when a map is first shown (the atlas is large). */
export function loadOutlines(): Promise<FeatureCollection> {
  loading ??= fetch(atlasUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return response.json() as Promise<Topology>;
    })
    .then(countryOutlines);
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
