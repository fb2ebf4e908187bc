/**
 * Where each region of the engine (packages/engine/src/data/regions.ts, by its `name`) is drawn: the
 * centre of its administrative centre (the regional capital), as listed in the GeoNames gazetteer,
 * rounded to 0.01° (about 1 km, far below what the map shows). A test checks that every region has a
 * centre and that each lies inside its country's outline.
 */
export interface RegionCentre {
  /** The engine's region name. */
  readonly region: string;
  /** ISO 3166-1 numeric code of the country, as world-atlas identifies it: '398' Kazakhstan, '860' Uzbekistan. */
  readonly country: '398' | '860';
  readonly place: string;
  readonly longitude: number;
  readonly latitude: number;
  readonly source: string;
}

const CAPITAL = "Regional capital's city centre (GeoNames), rounded to 0.01°";

export const REGION_CENTRES: readonly RegionCentre[] = [
  { region: 'Turkestan region', country: '398', place: 'Turkestan', longitude: 68.25, latitude: 43.3, source: CAPITAL },
  {
    region: 'Shymkent',
    country: '398',
    place: 'Shymkent',
    longitude: 69.6,
    latitude: 42.32,
    source: 'City of republican significance: its own centre (GeoNames), rounded to 0.01°',
  },
  { region: 'Zhambyl region', country: '398', place: 'Taraz', longitude: 71.37, latitude: 42.9, source: CAPITAL },
  {
    region: 'Almaty (city and region)',
    country: '398',
    place: 'Almaty',
    longitude: 76.93,
    latitude: 43.26,
    source:
      "Almaty city's centre (GeoNames), rounded to 0.01°: the engine's region joins the city and its region, and the city holds most of its migrants and students",
  },
  {
    region: 'Other regions of Kazakhstan',
    country: '398',
    place: 'Astana',
    longitude: 71.45,
    latitude: 51.18,
    source:
      'Astana\'s centre (GeoNames), rounded to 0.01°: a representative point for the remainder, whose only place the engine names (its source: "including Astana (migrant construction work)"), and the capital a reader looks for',
  },
  {
    region: 'Tashkent region (with the city)',
    country: '860',
    place: 'Tashkent',
    longitude: 69.22,
    latitude: 41.26,
    source:
      "Tashkent city's centre (GeoNames), rounded to 0.01°: the engine's region includes the capital, where most of its Kazakhs live and all students study",
  },
  {
    region: 'Karakalpakstan',
    country: '860',
    place: 'Nukus',
    longitude: 59.61,
    latitude: 42.45,
    source: 'Capital of the Republic of Karakalpakstan (Nukus), city centre (GeoNames), rounded to 0.01°',
  },
  { region: 'Jizzakh region', country: '860', place: 'Jizzakh', longitude: 67.84, latitude: 40.12, source: CAPITAL },
  { region: 'Syrdarya region', country: '860', place: 'Gulistan', longitude: 68.78, latitude: 40.49, source: CAPITAL },
  { region: 'Navoi region', country: '860', place: 'Navoiy', longitude: 65.38, latitude: 40.08, source: CAPITAL },
  { region: 'Bukhara region', country: '860', place: 'Bukhara', longitude: 64.43, latitude: 39.77, source: CAPITAL },
  {
    region: 'Other regions of Uzbekistan',
    country: '860',
    place: 'Samarkand',
    longitude: 66.96,
    latitude: 39.65,
    source:
      "Samarkand's centre (GeoNames), rounded to 0.01°: a representative point for the remainder, the first and most populous of the places the engine names for it (Samarkand, Kashkadarya, the Fergana valley)",
  },
];

export const COUNTRY_IDS = ['398', '860'] as const;
