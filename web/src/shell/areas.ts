import { AppstoreOutlined, DesktopOutlined, EyeOutlined, ShopOutlined } from '@ant-design/icons';
import type { ComponentType } from 'react';

export const areaKeys = ['portal', 'workbench', 'supervision', 'kiosk'] as const;
export type AreaKey = (typeof areaKeys)[number];

export const areaPath: Record<AreaKey, string> = {
  portal: '/portal',
  workbench: '/workbench',
  supervision: '/supervision',
  kiosk: '/kiosk',
};

export const areaIcon: Record<AreaKey, ComponentType> = {
  portal: ShopOutlined,
  workbench: AppstoreOutlined,
  supervision: EyeOutlined,
  kiosk: DesktopOutlined,
};
